/** What one write load did during a scenario, as printed and written to docs/reliability.md. */
export interface LoadReport {
  /** `plain` (SET) or `durable` (SET acknowledged by a replica through `writeDurably`). */
  readonly writes: WriteKind;
  /** Writes started. */
  readonly issued: number;
  /** Writes that resolved: the layer told the caller they were done. */
  readonly acked: number;
  /** Rejections by `RedisError` code (`COMMAND_TIMEOUT`, `CLUSTER_DOWN`, `NOT_DURABLE`…). */
  readonly rejectedByCode: Readonly<Record<string, number>>;
  /** The first message seen for each code (what a `SERVER_ERROR` was, for instance). */
  readonly firstMessageByCode: Readonly<Record<string, string>>;
  /** Rejections that were not a coded `RedisError` (a broken contract), with up to 5 samples. */
  readonly untyped: number;
  readonly untypedSamples: readonly string[];
  /** Writes that had not settled within the hang bound (a broken contract). */
  readonly hung: number;
  /** The slowest settle of any write, in ms. */
  readonly worstSettleMs: number;
  /** From the fault to the last write that failed, in ms; 0 when none failed. */
  readonly recoveryMs: number;
  /** Acked writes whose value was not on the server after the scenario. */
  readonly lost: number;
  /** Acked writes per second over the whole scenario. */
  readonly ackedPerSecond: number;
}

/** How a load writes. */
export type WriteKind = 'plain' | 'durable';
