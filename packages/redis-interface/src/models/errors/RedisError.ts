import type { RedisErrorDetails } from './RedisErrorDetails.js';
import type { RedisErrorCode } from './redisErrorCodes.js';

// A registry symbol, not `instanceof`: two copies of this package in one process must recognise each other.
const redisErrorBrand: unique symbol = Symbol.for('@org/redis-interface/RedisError');

/**
 * Options of the {@link RedisError} constructor.
 *
 * @typeParam C - the error code.
 */
export interface RedisErrorOptions<C extends RedisErrorCode = RedisErrorCode> {
  /**
   * The underlying error (usually the ioredis error or server reply), kept as the standard `cause`.
   * The layer passes a scrubbed copy (core's `scrubErrorCause`): never put an error that may hold
   * credentials (an ioredis error recording AUTH/HELLO arguments, client options) here unscrubbed.
   */
  readonly cause?: unknown;
  /** Machine-readable details; see {@link RedisErrorDetailsByCode}. */
  readonly details?: RedisErrorDetails<C>;
}

/**
 * The one error class this layer throws. Its `code` comes from {@link redisErrorCodes}; its message says
 * what was wrong and what to do, and never contains a password; neither does its `cause` chain, so
 * the whole error is safe to log (`console.error(error)`, `util.inspect`, a logger printing causes).
 *
 * @typeParam C - the error code; narrowed by {@link RedisError.is}.
 *
 * @example
 * ```ts
 * try {
 *   await redis.rename('{user:1}:a', '{user:2}:b');
 * } catch (error) {
 *   if (RedisError.is(error, 'CROSS_SLOT')) console.log(error.details?.keys);
 * }
 * ```
 */
export class RedisError<C extends RedisErrorCode = RedisErrorCode> extends Error {
  /** Always `'RedisError'`. */
  override readonly name = 'RedisError';

  /** What went wrong, from {@link redisErrorCodes}. */
  readonly code: C;

  /** Machine-readable details, for the codes that have some (see {@link RedisErrorDetailsByCode}). */
  readonly details: RedisErrorDetails<C> | undefined;

  /**
   * An error with this code and message; the `cause` is kept as the standard `Error.cause` only when
   * `options` has one.
   *
   * @param code - what went wrong.
   * @param message - what was wrong and what to do about it; must not contain secrets.
   * @param options - the underlying `cause` and the `details`.
   */
  constructor(code: C, message: string, options: RedisErrorOptions<C> = {}) {
    super(message, 'cause' in options ? { cause: options.cause } : undefined);
    this.code = code;
    this.details = options.details;
    Object.defineProperty(this, redisErrorBrand, { value: true });
  }

  /**
   * Whether `value` is a {@link RedisError} (optionally with the given code). Unlike `instanceof`, it also
   * recognises errors created by another copy of this package.
   *
   * @param value - anything, typically a caught error.
   * @param code - when given, the error must also have this code.
   * @returns `true` when `value` is a RedisError (with that code).
   */
  static is<C extends RedisErrorCode = RedisErrorCode>(value: unknown, code?: C): value is RedisError<C> {
    if (typeof value !== 'object' || value === null) return false;
    if ((value as Record<symbol, unknown>)[redisErrorBrand] !== true) return false;
    return code === undefined || (value as { code?: unknown }).code === code;
  }
}
