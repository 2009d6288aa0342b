import type { IRedisService } from '@org/redis-interface';
import { createRedisMetrics, defaultRedisMetricPrefix } from '@org/redis-metrics';

/**
 * Prove that the "ours + metrics" variant measures a listener that does work: attach
 * `createRedisMetrics()`, send `commands` GETs through `service`, and count what it recorded.
 * @returns a sentence for the report.
 */
export async function checkMetricsListener(service: IRedisService, commands = 10): Promise<string> {
  const metrics = createRedisMetrics();
  try {
    for (let index = 0; index < commands; index += 1) await service.get('bench:c:metrics');
  } finally {
    metrics.stop();
  }
  const counted = (await metrics.registry.getMetricsAsJSON())
    .find((metric) => metric.name === `${defaultRedisMetricPrefix}commands_total`)
    ?.values.reduce((sum, sample) => sum + sample.value, 0);
  return counted !== undefined && counted >= commands
    ? `The metrics listener counted ${counted} of ${commands} commands sent while attached: the "ours + metrics listener" rows include its work.`
    : `PROBLEM: the metrics listener counted ${counted ?? 0} of ${commands} commands: the "ours + metrics listener" rows may not include its work.`;
}
