import type { IRedisService } from '@org/redis-interface';
import { rotatedOrder } from '../../calculations/rotatedOrder.js';
import { sizeRun } from '../../calculations/sizeRun.js';
import { median } from '../../calculations/stats.js';
import { timedRun, warmUp } from '../../measure/timedRun.js';
import type { RunSample } from '../../models/Results.js';
import type { MigratingBenchSettings } from '../models/MigratingBenchSettings.js';
import type { MigratingScenarioInfo, MigratingScenarioResult } from '../models/MigratingResults.js';
import { migratingVariants, type MigratingVariantId } from '../models/MigratingVariant.js';
import { scenarioRun } from './migratingScenarios.js';

const describeError = (error: unknown): string =>
  ((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '').slice(0, 160);

/**
 * Measure one scenario over every variant: warm each up (which sizes the runs: the same op count
 * for all, so a run lasts about `runMs` at the median warm-up rate), then `rounds` rounds in which
 * every variant runs once, in an order that rotates from round to round. Every run records each
 * op's latency. A variant whose op fails keeps its error and sits out the later rounds.
 */
export async function measureMigratingScenario(
  scenario: MigratingScenarioInfo,
  services: ReadonlyMap<MigratingVariantId, IRedisService>,
  settings: MigratingBenchSettings,
  log: (line: string) => void,
): Promise<MigratingScenarioResult> {
  const variants = migratingVariants.flatMap((variant) => {
    const service = services.get(variant.id);
    return service === undefined ? [] : [{ id: variant.id, run: scenarioRun(scenario, service) }];
  });
  const errors = new Map<number, string>();
  const rates: number[] = [];
  for (const [index, variant] of variants.entries()) {
    try {
      rates.push(await warmUp(variant, scenario.inFlight, settings.warmupMs));
    } catch (error) {
      errors.set(index, describeError(error));
    }
  }
  const opsPerRun = sizeRun(median(rates), settings.runMs, scenario.inFlight);
  log(
    `${scenario.title}: ${opsPerRun.toLocaleString('en-US')} ops per run, ${variants.length} variants × ${settings.rounds} rounds`,
  );
  const latencies = new Float64Array(opsPerRun);
  const runs = variants.map((): RunSample[] => []);
  for (let round = 0; round < settings.rounds; round += 1) {
    for (const index of rotatedOrder(variants.length, round, settings.rounds)) {
      const variant = variants[index];
      if (variant === undefined || errors.has(index)) continue;
      try {
        runs[index]?.push(await timedRun(variant, opsPerRun, latencies));
      } catch (error) {
        errors.set(index, describeError(error));
      }
    }
  }
  return {
    scenario,
    opsPerRun,
    variants: variants.map((variant, index) => {
      const error = errors.get(index);
      return { variant: variant.id, runs: runs[index] ?? [], ...(error === undefined ? {} : { error }) };
    }),
  };
}
