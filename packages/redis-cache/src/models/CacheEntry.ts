/**
 * A value with its times, as both tiers keep it. Times are epoch milliseconds of the instance that wrote
 * it (instances' clocks are assumed within a few milliseconds of each other).
 */
export interface CacheEntry {
  readonly value: unknown;
  /** Fresh until then. */
  readonly expiresAt: number;
  /** May be answered stale until then; Redis drops it then. */
  readonly staleUntil: number;
  readonly tags: readonly string[];
}
