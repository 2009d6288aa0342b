import type { RedisMode } from '@org/redis-interface';

/** The scenarios, in the order they run and appear in the table. */
export type ScenarioId =
  'sequential' | 'inFlight' | 'pipeline' | 'mget' | 'mset' | 'crossSlotPipeline' | 'scan';

/**
 * Who runs a scenario. `ioredis` is the baseline every ratio divides by: raw ioredis with the same
 * options as ours (or, where a scenario needs a split, raw ioredis split by hand). `oursBaseline`
 * is another build of our drivers (`--baseline <dir>`), only when asked for.
 */
export type ClientId =
  'ours' | 'oursBaseline' | 'oursMetrics' | 'ioredis' | 'ioredisDefaults' | 'ioredisParallel' | 'nodeRedis';

/** One client doing one scenario's operation in one mode. */
export interface Contender {
  /** Which server it talks to. */
  readonly mode: RedisMode;
  /** Which client it is (for ratios and targets). */
  readonly client: ClientId;
  /** What the table calls it, e.g. `ioredis, per-slot split by hand`. */
  readonly label: string;
  /**
   * Run `count` operations (a multiple of the scenario's granularity). When `latencies` is given,
   * write the duration of operation `i` in ms to `latencies[i]`.
   */
  readonly run: (count: number, latencies?: Float64Array) => Promise<void>;
  /**
   * Attach something for the duration of one run (the metrics listener), returning its detach.
   * Attached only around this contender's own runs, so the others are measured without it.
   */
  readonly attach?: () => () => void;
}

/** What a scenario is, without its contenders (what results and reports need). */
export interface ScenarioInfo {
  /** Stable id. */
  readonly id: ScenarioId;
  /** Table title, e.g. `SET+GET, 100 in flight`. */
  readonly title: string;
  /** What one op is, e.g. `command`, `MGET of 100 keys`. */
  readonly op: string;
  /** Keys or commands one op carries, when more than one (for keys/s, commands/s). */
  readonly items?: { readonly perOp: number; readonly unit: 'keys' | 'cmds' };
  /** Whether per-op latencies are recorded (sequential scenarios). */
  readonly latency: boolean;
}

/** A scenario ready to measure. */
export interface Scenario extends ScenarioInfo {
  /** Op counts per run are a multiple of this (e.g. 2: half SET, half GET). */
  readonly granularity: number;
  /** Every client measured, in every mode the scenario covers. */
  readonly contenders: readonly Contender[];
}
