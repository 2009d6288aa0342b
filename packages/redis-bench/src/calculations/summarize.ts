import type { ContenderRuns, ResultRow, RunSample, ScenarioResult } from '../models/Results.js';
import { median, spread } from './stats.js';

const rate = (run: RunSample): number => run.ops / (run.elapsedMs / 1000);

function optional<K extends string>(key: K, values: readonly (number | undefined)[]): { [P in K]?: number } {
  const present = values.filter((value): value is number => value !== undefined);
  return (present.length === 0 ? {} : { [key]: median(present) }) as { [P in K]?: number };
}

function toRow(result: ScenarioResult, contender: ContenderRuns, baseline: number | undefined): ResultRow {
  const rates = contender.runs.map(rate);
  const opsPerSecond = contender.error === undefined ? median(rates) : Number.NaN;
  const ratio = baseline !== undefined && baseline > 0 ? opsPerSecond / baseline : undefined;
  return {
    scenario: result.scenario,
    mode: contender.mode,
    client: contender.client,
    label: contender.label,
    opsPerSecond,
    spread: spread(rates, opsPerSecond),
    ...(ratio === undefined || Number.isNaN(ratio) ? {} : { ratio }),
    ...optional(
      'p50Us',
      contender.runs.map((run) => run.p50Us),
    ),
    ...optional(
      'p99Us',
      contender.runs.map((run) => run.p99Us),
    ),
    cpuUsPerOp: median(contender.runs.map((run) => run.cpuMicros / run.ops)),
    ...(contender.error === undefined ? {} : { error: contender.error }),
  };
}

/**
 * One row per contender: median ops/s over the rounds, the spread of the rounds around it, median
 * latencies and CPU per op, and the ratio to raw ioredis (client `ioredis`) of the same scenario
 * and mode, all measured in the same interleaved rounds. Rows keep the scenarios' order, then mode
 * (standalone first), then the contenders' order.
 */
export function summarize(results: readonly ScenarioResult[]): ResultRow[] {
  return results.flatMap((result) => {
    const modes = (['standalone', 'cluster'] as const).filter((mode) =>
      result.contenders.some((contender) => contender.mode === mode),
    );
    return modes.flatMap((mode) => {
      const contenders = result.contenders.filter((contender) => contender.mode === mode);
      const baseline = contenders.find((contender) => contender.client === 'ioredis');
      const baselineRate =
        baseline === undefined || baseline.error !== undefined ? undefined : median(baseline.runs.map(rate));
      return contenders.map((contender) => toRow(result, contender, baselineRate));
    });
  });
}
