import type { RedisMode } from '@org/redis-interface';
import type { CacheContenderId } from '../models/BenchCache.js';
import type { CacheRow, CacheScenarioId, CacheScenarioInfo, StampedeResult } from '../models/CacheResults.js';

/** A scenario of `bench:cache` for tests. */
export function cacheScenario(id: CacheScenarioId): CacheScenarioInfo {
  return {
    id,
    title: `title of ${id}`,
    inFlight: 64,
    keysPerOp: id === 'many' ? 100 : 1,
    goalRatio: id === 'l2Hit' || id === 'many' ? 1.5 : 1,
    maxOpsPerRun: 10_000,
  };
}

/** A row for tests: the ops/s given, everything else plausible. */
export function cacheRow(
  scenario: CacheScenarioId,
  mode: RedisMode,
  contender: CacheContenderId,
  opsPerSecond: number,
  overrides: Partial<CacheRow> = {},
): CacheRow {
  return {
    scenario: cacheScenario(scenario),
    mode,
    contender,
    opsPerSecond,
    spread: { low: -0.05, high: 0.1 },
    p50Us: 100,
    p99Us: 400,
    cpuUsPerOp: 10,
    factoryRuns: 0,
    wrongAnswers: 0,
    commandsPerOp: 1,
    topCommands: 'get 1.0',
    ...overrides,
  };
}

/** A stampede result for tests. */
export function stampede(
  contender: CacheContenderId,
  mode: RedisMode,
  runsPerRound: readonly number[],
  overrides: Partial<StampedeResult> = {},
): StampedeResult {
  return {
    contender,
    mode,
    runsPerRound,
    roundMs: runsPerRound.map(() => 55),
    wrongRounds: 0,
    ...overrides,
  };
}
