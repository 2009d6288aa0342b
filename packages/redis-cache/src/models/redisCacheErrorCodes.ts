/**
 * Why the cache refused a call or could not answer it. Each code has one cause; the message names the fix.
 */
export const redisCacheErrorCodes = {
  /** A cache option (constructor, namespace) is missing, of the wrong type or out of range. */
  INVALID_OPTIONS: 'INVALID_OPTIONS',
  /** A key or a tag is not a non-empty string of at most 1024 characters without control characters. */
  INVALID_KEY: 'INVALID_KEY',
  /** An option of one call (`ttlMs`, `graceMs`, timeouts, `tags`) is invalid. */
  INVALID_ENTRY_OPTIONS: 'INVALID_ENTRY_OPTIONS',
  /** The serializer could not turn the value into text (undefined, BigInt, a function, a cycle, a Map…): nothing was written. */
  UNSERIALIZABLE_VALUE: 'UNSERIALIZABLE_VALUE',
  /** A value read from Redis could not be decoded (written by another serializer or another program). */
  UNDECODABLE_VALUE: 'UNDECODABLE_VALUE',
  /** The factory of `getOrSet` passed `hardTimeoutMs` and no stale value could be answered instead. */
  FACTORY_TIMEOUT: 'FACTORY_TIMEOUT',
  /**
   * Redis failed (or the breaker was open): a read or write that asked for errors with `throwOnL2Error`, and
   * always a `delete`, `deleteMany`, `deleteByTag(s)` or `clear()` (a value left in Redis would be served again).
   */
  L2_UNAVAILABLE: 'L2_UNAVAILABLE',
  /** The cache was closed with `close()`. */
  CLOSED: 'CLOSED',
} as const;

/** One of {@link redisCacheErrorCodes}. */
export type RedisCacheErrorCode = (typeof redisCacheErrorCodes)[keyof typeof redisCacheErrorCodes];
