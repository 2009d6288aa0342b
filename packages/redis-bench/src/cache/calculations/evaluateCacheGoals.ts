import type { CacheRow, StampedeResult } from '../models/CacheResults.js';

/** One goal of the benchmark, checked against the figures. */
export interface CacheGoal {
  /** What was expected, e.g. `getOrSet, L2 hit (cold L1), cluster: ours ≥ 1.5× bentocache`. */
  readonly goal: string;
  /** What was measured, e.g. `1.72×`. */
  readonly measured: string;
  /** Met, not met, or not measurable (a side failed or did not run). */
  readonly outcome: 'met' | 'not met' | 'not measured';
}

/**
 * The goals, from the table: ours at least the scenario's `goalRatio` times bentocache in every scenario
 * and mode, and exactly one factory run in every stampede round of ours, in every mode.
 */
export function evaluateCacheGoals(
  rows: readonly CacheRow[],
  stampedes: readonly StampedeResult[],
): CacheGoal[] {
  const ratioGoals = rows.flatMap((row): CacheGoal[] => {
    if (row.contender !== 'ours') return [];
    const goal = `${row.scenario.title}, ${row.mode}: ours ≥ ${row.scenario.goalRatio}× bentocache`;
    const ratio = row.ratio;
    if (ratio === undefined || !Number.isFinite(ratio))
      return [{ goal, measured: row.error ?? 'no bentocache figure', outcome: 'not measured' }];
    return [
      {
        goal,
        measured: `${ratio.toFixed(2)}×`,
        outcome: ratio >= row.scenario.goalRatio ? 'met' : 'not met',
      },
    ];
  });
  const stampedeGoals = stampedes
    .filter((stampede) => stampede.contender === 'ours')
    .map((stampede): CacheGoal => {
      const goal = `stampede, ${stampede.mode}: ours runs the factory exactly once per round`;
      if (stampede.error !== undefined || stampede.runsPerRound.length === 0)
        return { goal, measured: stampede.error ?? 'no round ran', outcome: 'not measured' };
      const off = stampede.runsPerRound.filter((runs) => runs !== 1).length;
      return {
        goal,
        measured: `${stampede.runsPerRound.length - off} of ${stampede.runsPerRound.length} rounds with one run`,
        outcome: off === 0 && stampede.wrongRounds === 0 ? 'met' : 'not met',
      };
    });
  return [...ratioGoals, ...stampedeGoals];
}
