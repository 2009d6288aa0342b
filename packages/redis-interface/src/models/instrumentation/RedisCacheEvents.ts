/** The tier of a two-tier cache: `l1` is the process's memory, `l2` is Redis. */
export type RedisCacheTier = 'l1' | 'l2';

/** Fields every cache event has. */
export interface RedisCacheEventSource {
  /** The cache's name (its `name` option), the label metrics use. */
  readonly cache: string;
}

/** A read answered with a fresh value from one tier. */
export interface RedisCacheHitEvent extends RedisCacheEventSource {
  /** Which cache event this is: switch on it to narrow a {@link RedisCacheEvent}. */
  readonly event: 'hit';
  /** The tier that held the value. */
  readonly tier: RedisCacheTier;
}

/** A read that found no usable value in either tier (with `getOrSet`, the factory runs next). */
export interface RedisCacheMissEvent extends RedisCacheEventSource {
  /** Which cache event this is: switch on it to narrow a {@link RedisCacheEvent}. */
  readonly event: 'miss';
}

/**
 * Why a value past its TTL (within its grace period) was answered:
 * - `refreshing`: another caller (here or on another instance) is refreshing it;
 * - `soft-timeout`: the factory was slower than `softTimeoutMs` and goes on in the background;
 * - `factory-error`: the factory failed or passed `hardTimeoutMs`.
 */
export type RedisCacheStaleReason = 'refreshing' | 'soft-timeout' | 'factory-error';

/** A stale value (past its TTL, within its grace period) was answered. */
export interface RedisCacheStaleEvent extends RedisCacheEventSource {
  /** Which cache event this is: switch on it to narrow a {@link RedisCacheEvent}. */
  readonly event: 'stale';
  /** Why the stale value was answered instead of a fresh one. */
  readonly reason: RedisCacheStaleReason;
}

/** A factory of `getOrSet` settled. */
export interface RedisCacheFactoryEvent extends RedisCacheEventSource {
  /** Which cache event this is: switch on it to narrow a {@link RedisCacheEvent}. */
  readonly event: 'factory';
  /** `ok`, `error` (it threw or rejected) or `timeout` (it passed `hardTimeoutMs`). */
  readonly outcome: 'ok' | 'error' | 'timeout';
  /** From the call to the settlement (to the timeout for `timeout`). */
  readonly durationMs: number;
}

/** A caller waited for the instance holding a key's refresh lock. */
export interface RedisCacheLockWaitEvent extends RedisCacheEventSource {
  /** Which cache event this is: switch on it to narrow a {@link RedisCacheEvent}. */
  readonly event: 'lock-wait';
  /**
   * `value`: the holder wrote the value and the waiter took it; `acquired`: the lock was released or
   * its lease ran out without a value and the waiter took the lock; `timeout`: the wait passed its bound.
   */
  readonly outcome: 'value' | 'acquired' | 'timeout';
  /** How long the caller waited, in milliseconds. */
  readonly durationMs: number;
}

/** What an invalidation on the bus asks the other instances to drop from their L1. */
export type RedisCacheInvalidationKind = 'set' | 'delete' | 'tags' | 'clear';

/** An invalidation published to the other instances (`out`) or received from one (`in`). */
export interface RedisCacheInvalidationEvent extends RedisCacheEventSource {
  /** Which cache event this is: switch on it to narrow a {@link RedisCacheEvent}. */
  readonly event: 'invalidation';
  /** `out`: this instance published it; `in`: it came from another instance. */
  readonly direction: 'in' | 'out';
  /** What the invalidation drops: one key written (`set`) or deleted, tags, or everything (`clear`). */
  readonly kind: RedisCacheInvalidationKind;
}

/**
 * The instance dropped its whole L1 because invalidations may have been lost: `gap` when a peer's numbered
 * messages jumped or one of its own messages was overtaken by a later one (messages were lost, the bus is
 * back); `bus-down` when its own heartbeat did not come back in time (its subscriber connection is down: L1
 * stays bypassed until its messages come back).
 */
export interface RedisCacheResyncEvent extends RedisCacheEventSource {
  /** Which cache event this is: switch on it to narrow a {@link RedisCacheEvent}. */
  readonly event: 'resync';
  /** `gap` (messages were lost) or `bus-down` (the heartbeat did not come back), as above. */
  readonly reason: 'gap' | 'bus-down';
}

/** The L2 circuit breaker changed state. */
export interface RedisCacheBreakerEvent extends RedisCacheEventSource {
  /** Which cache event this is: switch on it to narrow a {@link RedisCacheEvent}. */
  readonly event: 'breaker';
  /** `open`: Redis is skipped; `half-open`: one trial call goes through; `closed`: back to normal. */
  readonly state: 'open' | 'half-open' | 'closed';
}

/**
 * An operation was answered without Redis (L1, grace or the factory) because Redis failed or the breaker
 * was open; the caller got an answer, not an error.
 */
export interface RedisCacheDegradedEvent extends RedisCacheEventSource {
  /** Which cache event this is: switch on it to narrow a {@link RedisCacheEvent}. */
  readonly event: 'degraded';
  /** The cache member (`getOrSet`, `get`, `set`, `delete`…). */
  readonly operation: string;
}

/** One event on {@link redisDiagnosticsChannels}`.cache`, published by `@org/redis-cache`. */
export type RedisCacheEvent =
  | RedisCacheHitEvent
  | RedisCacheMissEvent
  | RedisCacheStaleEvent
  | RedisCacheFactoryEvent
  | RedisCacheLockWaitEvent
  | RedisCacheInvalidationEvent
  | RedisCacheResyncEvent
  | RedisCacheBreakerEvent
  | RedisCacheDegradedEvent;
