import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { redisDiagnosticsChannels } from '@org/redis-interface';
import type { Registry } from 'prom-client';
import { createRedisMetrics } from '../src/index.js';

/** Commands counted by `redis_client_commands_total` (reading the registry flushes it). */
async function commandsCounted(registry: Registry): Promise<number> {
  const metrics = await registry.getMetricsAsJSON();
  const commands = metrics.find((metric) => metric.name === 'redis_client_commands_total');
  return commands?.values.reduce((sum, sample) => sum + sample.value, 0) ?? 0;
}

/**
 * A side of the comparison in `overhead.ts`: attach it; the function it returns detaches it and
 * says how many commands it counted.
 */
export type Side = () => () => Promise<number>;
/** No subscriber, a no-op subscriber on the command channel, and `createRedisMetrics()`. */
export const sides: readonly (readonly [string, Side])[] = [
  ['without metrics ', () => () => Promise.resolve(0)],
  [
    'no-op subscriber',
    () => {
      const noop = (): void => undefined;
      subscribe(redisDiagnosticsChannels.command, noop);
      return () => {
        unsubscribe(redisDiagnosticsChannels.command, noop);
        return Promise.resolve(0);
      };
    },
  ],
  [
    'with metrics    ',
    () => {
      const metrics = createRedisMetrics();
      return () => {
        metrics.stop();
        return commandsCounted(metrics.registry);
      };
    },
  ],
];
