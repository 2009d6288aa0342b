import type { RedisCacheErrorCode } from './redisCacheErrorCodes.js';

const redisCacheErrorBrand: unique symbol = Symbol.for('@org/redis-cache/RedisCacheError');

/**
 * The error the cache throws: a {@link RedisCacheErrorCode} and a message that says what to fix. A Redis
 * failure is only thrown when asked for (`throwOnL2Error`); it is then the `cause`, a `RedisError` that holds
 * no secret. A factory's own error is rethrown as it is, never wrapped.
 */
export class RedisCacheError extends Error {
  /** What went wrong, machine-readable. */
  public readonly code: RedisCacheErrorCode;
  private readonly [redisCacheErrorBrand] = true;

  /**
   * An error with this code and message (the cache throws them; applications catch them).
   *
   * @param code - what went wrong.
   * @param message - what was wrong and what to do about it.
   * @param options - `cause`: the underlying error, when there is one.
   */
  public constructor(code: RedisCacheErrorCode, message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
    this.name = 'RedisCacheError';
    this.code = code;
  }

  /**
   * True for a `RedisCacheError`, also one from another copy of this package.
   * @param value - anything caught.
   */
  public static is(value: unknown): value is RedisCacheError {
    return typeof value === 'object' && value !== null && redisCacheErrorBrand in value;
  }
}
