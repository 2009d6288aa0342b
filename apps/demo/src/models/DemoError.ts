import type { DemoErrorCode } from './demoErrorCodes.js';

// A registry symbol rather than `instanceof`, as RedisError does: test files may load a second copy.
const demoErrorBrand: unique symbol = Symbol.for('@org/redis-demo/DemoError');

/** Options of the {@link DemoError} constructor. */
export interface DemoErrorOptions {
  /** For `RATE_LIMITED`: how long until the user may post again. */
  readonly retryAfterMs?: number;
  /** The underlying error, kept for the server log (never sent to clients). */
  readonly cause?: unknown;
}

/**
 * An error the demo reports to a client: its `code` comes from `demoErrorCodes`, its message says what
 * was wrong and what to do, and is safe to show (no Redis address, no secret).
 */
export class DemoError extends Error {
  /** Always `'DemoError'`. */
  override readonly name = 'DemoError';

  /** What went wrong. */
  readonly code: DemoErrorCode;

  /** For `RATE_LIMITED`: milliseconds until the window resets. */
  readonly retryAfterMs: number | undefined;

  /**
   * @param code - what went wrong.
   * @param message - what was wrong and what to do; shown to the user.
   * @param options - `retryAfterMs` and the underlying `cause`.
   */
  constructor(code: DemoErrorCode, message: string, options: DemoErrorOptions = {}) {
    super(message, 'cause' in options ? { cause: options.cause } : undefined);
    this.code = code;
    this.retryAfterMs = options.retryAfterMs;
    Object.defineProperty(this, demoErrorBrand, { value: true });
  }

  /**
   * Whether `value` is a {@link DemoError} (optionally with `code`), also across copies of this module.
   * @param value - anything, typically a caught error.
   * @param code - when given, the error must also have this code.
   */
  static is(value: unknown, code?: DemoErrorCode): value is DemoError {
    if (typeof value !== 'object' || value === null) return false;
    if ((value as Record<symbol, unknown>)[demoErrorBrand] !== true) return false;
    return code === undefined || (value as { code?: unknown }).code === code;
  }
}
