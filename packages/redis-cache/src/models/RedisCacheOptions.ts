import type { CacheSerializer } from './CacheSerializer.js';

/** The in-memory tier. */
export interface RedisCacheL1Options {
  /** Turn L1 off (every read goes to Redis). Default: true. */
  readonly enabled?: boolean;
  /** Most entries kept, least recently used dropped first. Default: 10 000. */
  readonly maxEntries?: number;
  /** Most bytes kept (a value counts as twice its serialized length plus its key). Default: 64 MiB. */
  readonly maxBytes?: number;
}

/** The invalidation bus between instances (pub/sub through `IRedisService`). */
export interface RedisCacheBusOptions {
  /**
   * Turn the bus off: only for a single instance, since other instances' L1 would then keep values changed
   * here. Default: true.
   */
  readonly enabled?: boolean;
  /**
   * Bound on noticing a broken bus, in milliseconds. Each instance publishes a numbered heartbeat every half
   * of it and expects its own heartbeats back: one that has not come back within half of it means its
   * subscriber connection is down, so L1 is dropped and bypassed (reads go to Redis) until the bus works
   * again; a peer's message missing from its numbered stream means invalidations were lost, so L1 is
   * dropped (a resync). Default: 500.
   */
  readonly heartbeatMs?: number;
}

/** The cluster-wide refresh lock that makes one instance run the factory of a cold key. */
export interface RedisCacheLockOptions {
  /** Turn the distributed lock off (single flight per process only). Default: true. */
  readonly enabled?: boolean;
  /**
   * Milliseconds the lock is held at most, so a crashed holder frees it. Make it longer than your slowest
   * factory; a call with `hardTimeoutMs` uses `hardTimeoutMs + 1000` instead. Default: 10 000.
   */
  readonly leaseMs?: number;
  /**
   * Milliseconds another caller waits for the holder's value before running the factory itself. Default: the
   * lease.
   */
  readonly waitMs?: number;
}

/** The L2 circuit breaker. */
export interface RedisCacheBreakerOptions {
  /** Consecutive Redis failures that open it. Default: 3. */
  readonly failureThreshold?: number;
  /** Milliseconds it stays open (Redis skipped) before one trial call. Default: 2 000. */
  readonly openMs?: number;
}

/** Options of a {@link RedisCache}. Durations in milliseconds. */
export interface RedisCacheOptions {
  /**
   * The cache's name: letters, digits, `_` and `-`. Its Redis keys live under `cache:<name>:`, its bus is
   * `cache:<name>:bus`, and metrics are labelled with it.
   */
  readonly name: string;
  /** Default freshness of a value. Default: 300 000 (5 minutes). */
  readonly ttlMs?: number;
  /** Default grace period after the TTL (see `getOrSet`). Default: 0 (no grace). */
  readonly graceMs?: number;
  /** Default soft timeout of factories. Default: none. */
  readonly softTimeoutMs?: number;
  /** Default hard timeout of factories. Default: none. */
  readonly hardTimeoutMs?: number;
  /** Default of `throwOnL2Error`: throw instead of answering without Redis. Default: false. */
  readonly throwOnL2Error?: boolean;
  /** The in-memory tier: on, 10 000 entries and 64 MiB at most unless set here. */
  readonly l1?: RedisCacheL1Options;
  /** The invalidation bus between instances: on, heartbeat bound 500 ms unless set here. */
  readonly bus?: RedisCacheBusOptions;
  /** The cluster-wide refresh lock: on, 10 s lease unless set here. */
  readonly lock?: RedisCacheLockOptions;
  /** The L2 circuit breaker: opens after 3 failures, for 2 s, unless set here. */
  readonly breaker?: RedisCacheBreakerOptions;
  /** How values become text in Redis. Default: strict JSON. */
  readonly serializer?: CacheSerializer;
}
