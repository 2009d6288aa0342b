import { migrateErrorCodes, type MigrateErrorCode } from './migrateErrorCodes.js';

const migrateErrorBrand: unique symbol = Symbol.for('@org/redis-migrate/MigrateError');

/**
 * The error every `redis-migrate` command fails with: a {@link MigrateErrorCode}, the process exit
 * code that goes with it, and a message that names what to fix. Like the layer's `RedisError`, it
 * never holds a password, in its message or its `cause` chain.
 */
export class MigrateError extends Error {
  /** What went wrong, machine-readable. */
  public readonly code: MigrateErrorCode;
  private readonly [migrateErrorBrand] = true;

  /**
   * An error with this code (which gives the process exit code) and message.
   *
   * @param code - what went wrong.
   * @param message - what was wrong and what to do about it; no secret in it.
   * @param options - `cause`: the underlying error (a `RedisError`, already scrubbed).
   */
  public constructor(code: MigrateErrorCode, message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
    this.name = 'MigrateError';
    this.code = code;
  }

  /** The process exit code for this error's code. */
  public get exitCode(): number {
    return migrateErrorCodes[this.code].exitCode;
  }

  /**
   * True for a `MigrateError`, also one from another copy of this package.
   * @param value - anything caught.
   */
  public static is(value: unknown): value is MigrateError {
    return typeof value === 'object' && value !== null && migrateErrorBrand in value;
  }
}
