import type { PipelineResult } from './PipelineResult.js';

/**
 * Options of `writeDurably()`: how many acknowledgements the writes need and how long to wait for them.
 */
export interface DurableWriteOptions {
  /**
   * How many replicas must acknowledge the writes (`WAIT numreplicas`): a whole number >= 0. `0` asks for
   * none (useful with `aof` alone).
   */
  readonly replicas: number;
  /**
   * Also wait until the master has fsynced the writes to its append-only file (`WAITAOF 1 0`). Needs
   * Redis 7.2 or later and `appendonly yes` on the master. Default `false`.
   */
  readonly aof?: boolean;
  /**
   * How long the server may wait for the acknowledgements, in milliseconds: a whole number > 0. The call's
   * own deadline is `commandTimeoutMs + timeoutMs`.
   */
  readonly timeoutMs: number;
}

/** How many local and replica fsyncs `WAITAOF` counted. */
export interface AofAcknowledgement {
  /** `1` when the master fsynced the writes to its AOF, `0` when it did not within the timeout. */
  readonly local: number;
  /** How many replicas fsynced them to their AOF. */
  readonly replicas: number;
}

/** What `writeDurably()` resolves to once every acknowledgement asked for arrived. */
export interface DurableWriteResult {
  /**
   * One result per queued command, in order (MULTI/EXEC: applied together). Redis does not roll back: a
   * failed command (`ok: false`) does not undo the others.
   */
  readonly results: readonly PipelineResult[];
  /** How many replicas acknowledged the writes (the `WAIT` reply; may exceed what was asked). */
  readonly replicas: number;
  /** The `WAITAOF` counts, when `aof` was asked for. */
  readonly aof?: AofAcknowledgement;
}
