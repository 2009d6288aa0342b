import { median, spread } from '../../calculations/stats.js';
import type { RunSample } from '../../models/Results.js';
import type { CacheRow, CacheScenarioResult } from '../models/CacheResults.js';
import { describeCallsPerOp } from './commandCalls.js';

const rate = (run: RunSample): number => run.ops / (run.elapsedMs / 1000);
const medianOf = (runs: readonly RunSample[], pick: (run: RunSample) => number | undefined): number =>
  median(runs.map(pick).filter((value): value is number => value !== undefined));

/**
 * One row per scenario, mode and cache, in the scenarios' order, then standalone before cluster, ours before
 * bentocache: median ops/s over the rounds, the spread of the rounds around it, the medians of the runs'
 * p50 and p99 latencies and of the CPU per op, the Redis commands per op, and on ours' row the ratio to bentocache's median in the same scenario and mode.
 * A cache that failed keeps its row, with NaN figures and its error.
 */
export function summarizeCacheRuns(results: readonly CacheScenarioResult[]): CacheRow[] {
  return results.flatMap((result) => {
    const rows = result.contenders.map((runs): CacheRow => {
      const rates = runs.runs.map(rate);
      const opsPerSecond = runs.error === undefined ? median(rates) : Number.NaN;
      const ops = runs.runs.reduce((sum, run) => sum + run.ops, 0);
      const calls = describeCallsPerOp(new Map(Object.entries(runs.commands)), ops);
      return {
        scenario: result.scenario,
        mode: runs.mode,
        contender: runs.contender,
        opsPerSecond,
        spread: spread(rates, opsPerSecond),
        p50Us: medianOf(runs.runs, (run) => run.p50Us),
        p99Us: medianOf(runs.runs, (run) => run.p99Us),
        cpuUsPerOp: medianOf(runs.runs, (run) => run.cpuMicros / run.ops),
        factoryRuns: runs.factoryRuns,
        wrongAnswers: runs.wrongAnswers,
        commandsPerOp: calls.perOp,
        topCommands: calls.top,
        ...(runs.error === undefined ? {} : { error: runs.error }),
      };
    });
    const order = (row: CacheRow): number =>
      (row.mode === 'standalone' ? 0 : 2) + (row.contender === 'ours' ? 0 : 1);
    return rows
      .sort((a, b) => order(a) - order(b))
      .map((row) => {
        if (row.contender !== 'ours') return row;
        const theirs = rows.find((other) => other.mode === row.mode && other.contender === 'bentocache');
        return theirs === undefined ? row : { ...row, ratio: row.opsPerSecond / theirs.opsPerSecond };
      });
  });
}
