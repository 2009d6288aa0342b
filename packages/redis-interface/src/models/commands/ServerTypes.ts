/**
 * What `info` resolves to: one record per node, keyed by the node's `host:port`, each the node's `INFO`
 * fields (`redis_version`, `used_memory`…) as text.
 */
export type RedisInfo = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** What `waitaof` resolves to: how many acknowledged an fsync of the writes to their append-only file. */
export interface WaitAofResult {
  /** The node itself: `1` when its AOF fsynced them, else `0`. */
  readonly local: number;
  /** How many replicas fsynced them to their AOF. */
  readonly replicas: number;
}
