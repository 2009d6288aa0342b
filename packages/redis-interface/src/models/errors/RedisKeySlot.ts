/**
 * A key and the cluster hash slot it maps to, as listed by a `CROSS_SLOT` {@link RedisError}.
 */
export interface RedisKeySlot {
  /** The key, without the configured `keyPrefix`. */
  readonly key: string;
  /** Its hash slot, from 0 to 16383 (computed with the prefix applied, as the server would). */
  readonly slot: number;
}
