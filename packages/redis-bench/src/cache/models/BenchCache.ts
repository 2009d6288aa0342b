import type { RedisMode } from '@org/redis-interface';

/** The two caches measured. */
export type CacheContenderId = 'ours' | 'bentocache';

/** What the tables call each cache. */
export const cacheContenderLabels: Readonly<Record<CacheContenderId, string>> = {
  ours: '@org/redis-cache',
  bentocache: 'bentocache',
};

/** How one instance is set up. */
export interface BenchCacheRole {
  /** Its memory tier (L1). */
  readonly l1: boolean;
  /** Its invalidation bus. */
  readonly bus: boolean;
  /**
   * Hand the instance out only once its bus is subscribed (default true). Ours always is (`start()` awaits
   * it); bentocache subscribes in the background on its first call, so without this a message published
   * meanwhile is lost.
   */
  readonly waitForBus?: boolean;
}

/**
 * One cache instance, whichever library it is, with the few calls the scenarios make. Every instance has
 * Redis connections of its own, as an instance in another process would.
 */
export interface BenchCache {
  readonly contender: CacheContenderId;
  readonly mode: RedisMode;
  /** Read `key`, or run `factory` and store its value. */
  getOrSet<T>(key: string, factory: () => Promise<T>): Promise<T>;
  /** Read many keys at once (bentocache has no `getMany`: there, one `get` per key, all at once). */
  getMany(keys: readonly string[]): Promise<unknown[]>;
  /** Store a value. */
  set(key: string, value: unknown): Promise<void>;
  /** Delete keys (only the checks call it). */
  deleteMany(keys: readonly string[]): Promise<void>;
  /** Delete every entry of the cache (only the checks call it). */
  clear(): Promise<void>;
  /** Close the cache and its connections (never throws). */
  close(): Promise<void>;
}

/** Opens instances of one cache on one server (standalone) or cluster. */
export type BenchCacheOpener = (role: BenchCacheRole) => Promise<BenchCache>;
