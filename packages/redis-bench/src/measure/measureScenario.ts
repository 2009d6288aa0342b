import { median } from '../calculations/stats.js';
import { rotatedOrder } from '../calculations/rotatedOrder.js';
import { sizeRun } from '../calculations/sizeRun.js';
import type { BenchSettings } from '../models/BenchSettings.js';
import type { ContenderRuns, RunSample, ScenarioResult } from '../models/Results.js';
import type { Scenario } from '../models/Scenario.js';
import type { MemoryTracker } from './MemoryTracker.js';
import { timedRun, warmUp } from './timedRun.js';

const describeError = (error: unknown): string =>
  ((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '').slice(0, 160);

/**
 * Measure one scenario: warm every contender up (which also sizes the runs: the same op count for
 * all, so that a run lasts about `runMs` at the median warm-up rate), then `rounds` rounds in which
 * every contender runs once, in an order that rotates from round to round. A contender whose op
 * fails is reported with its error and skipped from then on; the others carry on.
 *
 * @param log - progress lines (stderr).
 */
export async function measureScenario(
  scenario: Scenario,
  settings: BenchSettings,
  memory: MemoryTracker,
  log: (line: string) => void,
): Promise<ScenarioResult> {
  const errors = new Map<number, string>();
  const rates: number[] = [];
  for (const [index, contender] of scenario.contenders.entries()) {
    try {
      rates.push(await warmUp(contender, scenario.granularity, settings.warmupMs));
    } catch (error) {
      errors.set(index, describeError(error));
    }
  }
  const opsPerRun = sizeRun(median(rates), settings.runMs, scenario.granularity);
  log(
    `${scenario.title}: ${opsPerRun.toLocaleString('en-US')} ops per run, ${scenario.contenders.length} contenders × ${settings.rounds} rounds`,
  );
  const latencies = scenario.latency ? new Float64Array(opsPerRun) : undefined;
  const runs = scenario.contenders.map((): RunSample[] => []);
  for (let round = 0; round < settings.rounds; round += 1) {
    for (const index of rotatedOrder(scenario.contenders.length, round, settings.rounds)) {
      const contender = scenario.contenders[index];
      if (contender === undefined || errors.has(index)) continue;
      try {
        runs[index]?.push(await timedRun(contender, opsPerRun, latencies));
      } catch (error) {
        errors.set(index, describeError(error));
      }
      memory.sample();
    }
  }
  const { contenders: _contenders, granularity: _granularity, ...info } = scenario;
  return {
    scenario: info,
    opsPerRun,
    contenders: scenario.contenders.map((contender, index): ContenderRuns => {
      const error = errors.get(index);
      return {
        mode: contender.mode,
        client: contender.client,
        label: contender.label,
        runs: runs[index] ?? [],
        ...(error === undefined ? {} : { error }),
      };
    }),
  };
}
