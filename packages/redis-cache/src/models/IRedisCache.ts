import type {
  CacheFactory,
  CacheGetOrSetOptions,
  CacheReadOptions,
  CacheWriteOptions,
} from './CacheEntryOptions.js';

/**
 * A two-tier cache: memory (L1, per process) over Redis (L2, shared through `IRedisService`), the same in
 * standalone and cluster mode. A namespace is an `IRedisCache` too, sharing the tiers, the bus and the
 * breaker of its cache.
 *
 * @remarks
 * Consistency: a write or delete here is in Redis when the call resolves and reaches other instances' L1
 * over the bus (pub/sub, sharded in cluster mode when the client config has `shardedPubSub`); until then
 * they may answer the previous value from their L1. When the bus loses messages (a dropped subscriber
 * connection), an instance notices within `bus.heartbeatMs`, drops its L1 and bypasses it until the bus is
 * back.
 *
 * Failures of Redis never throw from reads and writes unless asked (`throwOnL2Error`): reads answer L1, a
 * stale value or the factory's, writes keep L1 only; each such answer is a `degraded` event. Deletes and
 * `clear()` do throw `L2_UNAVAILABLE` (after dropping every L1), since the value would otherwise stay in
 * Redis for every instance to read again. After `breaker.failureThreshold` failures in a row Redis is
 * skipped for `breaker.openMs`.
 *
 * Values are shared, not copied, from L1: do not mutate what you get.
 */
export interface IRedisCache {
  /** The namespace path (`''` for the cache itself, `users.admins` for nested namespaces). */
  readonly namespacePath: string;

  /**
   * The value of `key`, or the factory's result stored for next time. The factory runs once per key in the
   * whole deployment at a time: in this process (single flight) and across instances (a claim on the cold
   * key's own Redis key, or a lock key next to a stale value, each with a bounded lease); other callers wait for its value (the bus wakes them), or get the stale value at once
   * when there is one within its grace period.
   * @param key - the cache key (any non-empty string up to 1024 characters, no control characters).
   * @param factory - computes the value; its error is rethrown to every caller waiting for it, unless a
   * stale value can be answered instead.
   * @param options - TTL, grace, tags, timeouts, `forceFresh`.
   * @returns the value.
   * @throws {@link RedisCacheError} `INVALID_KEY`, `INVALID_ENTRY_OPTIONS`, `UNSERIALIZABLE_VALUE` (the
   * factory's value cannot be stored; nothing is written), `FACTORY_TIMEOUT`, `L2_UNAVAILABLE` (only with
   * `throwOnL2Error`), `CLOSED`; or the factory's own error.
   */
  getOrSet<T>(key: string, factory: CacheFactory<T>, options?: CacheGetOrSetOptions): Promise<T>;

  /**
   * The fresh value of `key` (or a stale one with `allowStale`), from L1 or else Redis.
   * @returns the value, or `undefined` when there is none.
   * @throws {@link RedisCacheError} `INVALID_KEY`, `UNDECODABLE_VALUE`, `L2_UNAVAILABLE` (with `throwOnL2Error`).
   */
  get<T>(key: string, options?: CacheReadOptions): Promise<T | undefined>;

  /**
   * The values of many keys: L1 first, then one MGET for the rest (split by slot and run per master in
   * cluster mode by the layer), results in the order of `keys`.
   * @throws {@link RedisCacheError} as {@link IRedisCache.get}.
   */
  getMany<T>(keys: readonly string[], options?: CacheReadOptions): Promise<(T | undefined)[]>;

  /**
   * Stores a value in both tiers and tells the other instances to drop theirs.
   * @throws {@link RedisCacheError} `INVALID_KEY`, `INVALID_ENTRY_OPTIONS`, `UNSERIALIZABLE_VALUE` (nothing
   * is written), `L2_UNAVAILABLE` (with `throwOnL2Error`).
   */
  set(
    key: string,
    value: unknown,
    options?: CacheWriteOptions & Pick<CacheGetOrSetOptions, 'throwOnL2Error'>,
  ): Promise<void>;

  /**
   * True when a fresh value exists in either tier.
   * @throws {@link RedisCacheError} `INVALID_KEY`, `L2_UNAVAILABLE` (with `throwOnL2Error`).
   */
  has(key: string): Promise<boolean>;

  /**
   * Deletes a key from both tiers, here and (over the bus) on every instance.
   * @returns true when it existed in Redis.
   * @throws {@link RedisCacheError} `INVALID_KEY`; `L2_UNAVAILABLE` when Redis failed (L1 here and, over
   * the bus, elsewhere were dropped; the value may still be in Redis).
   */
  delete(key: string): Promise<boolean>;

  /**
   * Deletes many keys (one UNLINK, split by slot in cluster mode).
   * @returns how many existed in Redis.
   * @throws {@link RedisCacheError} `INVALID_KEY`; `L2_UNAVAILABLE` as {@link IRedisCache.delete}.
   */
  deleteMany(keys: readonly string[]): Promise<number>;

  /**
   * Deletes every value of this namespace written with `tag`, from Redis (on every master) and from every
   * instance's L1. A value written with the tag while this runs may survive.
   * @returns how many values were deleted from Redis.
   * @throws {@link RedisCacheError} `INVALID_KEY` for a bad tag; `L2_UNAVAILABLE` as {@link IRedisCache.delete}.
   */
  deleteByTag(tag: string): Promise<number>;

  /**
   * {@link IRedisCache.deleteByTag} for several tags at once.
   * @throws {@link RedisCacheError} `INVALID_KEY` for a bad tag.
   */
  deleteByTags(tags: readonly string[]): Promise<number>;

  /**
   * A namespace inside this cache (or namespace): its own keys, tags and `clear()`, sharing the tiers.
   * @param name - 1 to 64 letters, digits, `_` or `-`.
   * @throws {@link RedisCacheError} `INVALID_OPTIONS` for a bad name.
   */
  namespace(name: string): IRedisCache;

  /**
   * Deletes every value and tag set of this namespace and of the namespaces inside it (the whole cache at the
   * root), from every master in cluster mode (the layer's whole-keyspace SCAN, UNLINK in batches), and every
   * instance's L1 for it. Other namespaces are left alone. A value written while it runs may survive.
   * @returns how many Redis keys were deleted.
   * @throws {@link RedisCacheError} `L2_UNAVAILABLE` when Redis fails (a clear cannot be half-answered).
   */
  clear(): Promise<number>;
}
