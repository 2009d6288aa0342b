import type { RedisTtl } from './RedisTtl.js';

/** Options of `copy`. */
export interface CopyOptions {
  /** REPLACE: overwrite the destination when it exists (otherwise nothing is copied). */
  readonly replace?: boolean;
}

/**
 * Options of `restore`. The expiry is a relative `ttl` or an absolute `expiresAt` (ABSTTL), or none
 * (the key never expires); `idleTime` (IDLETIME, seconds) and `frequency` (FREQ) set the eviction
 * metadata, at most one of the two.
 */
export interface RestoreOptions {
  /** Expire after this long. Not together with `expiresAt`. */
  readonly ttl?: RedisTtl;
  /** Expire at this instant (ABSTTL). Not together with `ttl`. */
  readonly expiresAt?: Date;
  /** REPLACE: overwrite an existing key (otherwise RESTORE fails with BUSYKEY). */
  readonly replace?: boolean;
  /** IDLETIME: the key's idle time in seconds (LRU policies). */
  readonly idleTime?: number;
  /** FREQ: the key's access frequency, 0 to 255 (LFU policies). */
  readonly frequency?: number;
}

/** Options of `sortRo` (and `sort`, which adds `store`). */
export interface SortReadOptions {
  /**
   * BY: sort by the values of the keys this pattern names (`weight_*`: `*` is each element), or
   * by a hash field (`weight_*->field`). A pattern without `*` (`nosort`) skips sorting.
   * The pattern gets the `keyPrefix`. Cluster: Redis 7.0 refuses a pattern with `*` (`SERVER_ERROR`);
   * Redis 7.2+ accepts one whose hash tag is the sorted key's slot (`{tag}:weight_*`).
   */
  readonly by?: string;
  /** LIMIT: `count` elements from `offset`. */
  readonly limit?: {
    /** Sorted elements to skip, a whole number >= 0. */
    readonly offset: number;
    /** Elements to return after them, a whole number >= 0. */
    readonly count: number;
  };
  /**
   * GET: return, for each element, the value of the key each pattern names (`#`: the element
   * itself), in that order; a missing one is `null`. Same prefix and cluster rule as `by`.
   */
  readonly get?: readonly string[];
  /** ASC (default) or DESC. */
  readonly order?: 'ASC' | 'DESC';
  /** ALPHA: sort as text (the default sorts as numbers, and fails on one that is not). */
  readonly alpha?: boolean;
}

/** Options of `sort`. */
export interface SortOptions extends SortReadOptions {
  /**
   * STORE: write the result as a list under this key (replacing it) and resolve its length.
   * Cluster: it must share the sorted key's slot.
   */
  readonly store?: string;
}
