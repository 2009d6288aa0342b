import type { RedisMode } from '@org/redis-interface';
import type { ClientId, ScenarioInfo } from './Scenario.js';

/** One measured run of one contender. */
export interface RunSample {
  /** Operations done. */
  readonly ops: number;
  /** Wall time, in ms. */
  readonly elapsedMs: number;
  /** CPU time of this Node process (user + system) during the run, in µs. */
  readonly cpuMicros: number;
  /** Median latency of one op, in µs (sequential scenarios). */
  readonly p50Us?: number;
  /** 99th percentile latency of one op, in µs (sequential scenarios). */
  readonly p99Us?: number;
}

/** Every run of one contender, or why it could not run. */
export interface ContenderRuns {
  readonly mode: RedisMode;
  readonly client: ClientId;
  readonly label: string;
  readonly runs: readonly RunSample[];
  /** Set when an operation failed: the contender is dropped from later rounds. */
  readonly error?: string;
}

/** What one scenario measured. */
export interface ScenarioResult {
  readonly scenario: ScenarioInfo;
  /** Ops per measured run (the same for every contender). */
  readonly opsPerRun: number;
  readonly contenders: readonly ContenderRuns[];
}

/** One line of the results table: medians over the rounds. */
export interface ResultRow {
  readonly scenario: ScenarioInfo;
  readonly mode: RedisMode;
  readonly client: ClientId;
  readonly label: string;
  /** Median ops/s over the rounds (NaN when the contender failed). */
  readonly opsPerSecond: number;
  /** Slowest and fastest round relative to the median (e.g. -0.04 and +0.03). */
  readonly spread: { readonly low: number; readonly high: number };
  /** Median ops/s divided by the median of raw ioredis (same options) in the same scenario and mode. */
  readonly ratio?: number;
  /** Median over rounds of the per-run p50 latency, µs. */
  readonly p50Us?: number;
  /** Median over rounds of the per-run p99 latency, µs. */
  readonly p99Us?: number;
  /** Median CPU time of this process per op, µs. */
  readonly cpuUsPerOp: number;
  /** Why the contender has no numbers. */
  readonly error?: string;
}
