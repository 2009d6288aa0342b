import type { RedisMode } from '@org/redis-interface';
import type { RunSample } from '../../models/Results.js';
import type { CacheContenderId } from './BenchCache.js';

/** The four throughput scenarios, in the order they run and appear in the table. */
export type CacheScenarioId = 'l1Hit' | 'l2Hit' | 'miss' | 'many';

/** What one throughput scenario is. */
export interface CacheScenarioInfo {
  readonly id: CacheScenarioId;
  /** Table title, e.g. `getOrSet, L1 hit`. */
  readonly title: string;
  /** Ops outstanding. */
  readonly inFlight: number;
  /** Keys one op reads. */
  readonly keysPerOp: number;
  /** The ratio ours / bentocache this scenario is expected to reach (the goal checked). */
  readonly goalRatio: number;
  /** Never more ops in one run, however fast the warm-up (bounds the run time, and what is written first). */
  readonly maxOpsPerRun: number;
}

/** Every run of one cache in one mode and scenario, or why it stopped. */
export interface CacheContenderRuns {
  readonly contender: CacheContenderId;
  readonly mode: RedisMode;
  readonly runs: readonly RunSample[];
  /** Factory runs during the timed runs (hits must have none; a miss has one per op). */
  readonly factoryRuns: number;
  /** Answers that were not the stored value (a multi-key read with a key missing). */
  readonly wrongAnswers: number;
  /** Redis commands the servers ran during the timed runs, per command (`INFO commandstats`). */
  readonly commands: Readonly<Record<string, number>>;
  /** Set when an op failed: the contender sits out the later rounds. */
  readonly error?: string;
}

/** What one throughput scenario measured. */
export interface CacheScenarioResult {
  readonly scenario: CacheScenarioInfo;
  /** Ops per measured run, the same for every contender. */
  readonly opsPerRun: number;
  readonly contenders: readonly CacheContenderRuns[];
}

/** One line of the table: medians over the rounds. */
export interface CacheRow {
  readonly scenario: CacheScenarioInfo;
  readonly mode: RedisMode;
  readonly contender: CacheContenderId;
  /** Median ops/s over the rounds (NaN when it failed or did not run). */
  readonly opsPerSecond: number;
  readonly spread: { readonly low: number; readonly high: number };
  /** Median over the rounds of each run's p50 / p99 latency, µs. */
  readonly p50Us: number;
  readonly p99Us: number;
  /** Median over the rounds of this process's CPU time per op, µs (less sensitive to other load than ops/s). */
  readonly cpuUsPerOp: number;
  /** Ours' ops/s over bentocache's in the same scenario and mode (ours' row only). */
  readonly ratio?: number;
  readonly factoryRuns: number;
  readonly wrongAnswers: number;
  /** Redis commands per op over the timed runs, and the main ones (`get 1.0, set 1.0`). */
  readonly commandsPerOp: number;
  readonly topCommands: string;
  readonly error?: string;
}

/** The stampede of one cache in one mode: factory runs and wall time of every round. */
export interface StampedeResult {
  readonly contender: CacheContenderId;
  readonly mode: RedisMode;
  /** Factory runs per round, for the same cold key asked by every instance at once. */
  readonly runsPerRound: readonly number[];
  /** Wall time of each round until every instance had its answer, ms. */
  readonly roundMs: readonly number[];
  /** Rounds where an instance answered something else than the value of the round. */
  readonly wrongRounds: number;
  readonly error?: string;
}
