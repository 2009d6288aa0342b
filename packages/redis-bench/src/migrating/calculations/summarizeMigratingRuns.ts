import { median, spread } from '../../calculations/stats.js';
import type { RunSample } from '../../models/Results.js';
import type { MigratingRow, MigratingScenarioResult } from '../models/MigratingResults.js';

const rate = (run: RunSample): number => run.ops / (run.elapsedMs / 1000);
const medianOf = (runs: readonly RunSample[], pick: (run: RunSample) => number | undefined): number =>
  median(runs.map(pick).filter((value): value is number => value !== undefined));

/**
 * One row per scenario and variant, in the scenarios' and then the variants' order: median ops/s
 * over the rounds, the spread of the rounds around it, the medians of the runs' p50 and p99
 * latencies and of the CPU per op. A variant that failed keeps its row, with NaN figures and its
 * error.
 */
export function summarizeMigratingRuns(results: readonly MigratingScenarioResult[]): MigratingRow[] {
  return results.flatMap((result) =>
    result.variants.map((variant): MigratingRow => {
      const rates = variant.runs.map(rate);
      const opsPerSecond = variant.error === undefined ? median(rates) : Number.NaN;
      return {
        scenario: result.scenario,
        variant: variant.variant,
        opsPerSecond,
        spread: spread(rates, opsPerSecond),
        p50Us: medianOf(variant.runs, (run) => run.p50Us),
        p99Us: medianOf(variant.runs, (run) => run.p99Us),
        cpuUsPerOp: medianOf(variant.runs, (run) => run.cpuMicros / run.ops),
        ...(variant.error === undefined ? {} : { error: variant.error }),
      };
    }),
  );
}
