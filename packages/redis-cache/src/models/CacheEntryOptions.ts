/**
 * How long a value stays fresh and how long it may be answered stale. Every field falls back to the cache's
 * option of the same name.
 */
export interface CacheWriteOptions {
  /**
   * Milliseconds the value is fresh, an integer from 1 to 2^31 (about 24 days). Default: the cache's `ttlMs`.
   */
  readonly ttlMs?: number;
  /**
   * Milliseconds after `ttlMs` during which the stale value may still be answered (see `getOrSet`); the value
   * stays in Redis for `ttlMs + graceMs`. 0 turns grace off. Default: the cache's `graceMs`.
   */
  readonly graceMs?: number;
  /**
   * Tags to invalidate the value with `deleteByTag`, each a non-empty string of at most 1024 characters
   * without control characters. Tags are per namespace.
   */
  readonly tags?: readonly string[];
}

/** Options of `getOrSet`. */
export interface CacheGetOrSetOptions extends CacheWriteOptions {
  /**
   * With a stale value at hand: milliseconds the caller waits for the factory before getting the stale value
   * instead; the factory goes on in the background and its value is stored. 0 answers the stale value at once
   * and refreshes in the background. Without a stale value the caller waits (up to `hardTimeoutMs`).
   * Default: the cache's `softTimeoutMs` (none).
   */
  readonly softTimeoutMs?: number;
  /**
   * Milliseconds after which the factory is given up: the stale value is answered if there is one, else
   * `FACTORY_TIMEOUT` is thrown. The factory is not cancelled (it gets an `AbortSignal` that aborts then), and
   * a value it returns later is not stored. Default: the cache's `hardTimeoutMs` (none).
   */
  readonly hardTimeoutMs?: number;
  /** Skip both tiers and run the factory (still once per key cluster-wide), storing its value. */
  readonly forceFresh?: boolean;
  /** Throw `L2_UNAVAILABLE` instead of answering without Redis. Default: the cache's `throwOnL2Error` (false). */
  readonly throwOnL2Error?: boolean;
}

/** Options of `get` and `getMany`. */
export interface CacheReadOptions {
  /** Also answer a stale value (past its TTL, within its grace period). Default: false. */
  readonly allowStale?: boolean;
  /** Throw `L2_UNAVAILABLE` instead of answering without Redis. Default: the cache's `throwOnL2Error` (false). */
  readonly throwOnL2Error?: boolean;
}

/** What the factory of `getOrSet` is given. */
export interface CacheFactoryContext<T> {
  /** The key, as passed to `getOrSet` (without namespace). */
  readonly key: string;
  /** The stale value, when one is at hand (within its grace period). */
  readonly staleValue: T | undefined;
  /** Aborts when `hardTimeoutMs` passes or the cache closes: pass it to `fetch` and the like. */
  readonly signal: AbortSignal;
}

/** Computes a missing value; may be async. Its error is rethrown to every caller waiting for it. */
export type CacheFactory<T> = (context: CacheFactoryContext<T>) => T | Promise<T>;
