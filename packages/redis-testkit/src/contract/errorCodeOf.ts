import { RedisError } from '@org/redis-interface';

/**
 * The code of a {@link RedisError}, or a description of what else was thrown.
 *
 * @param error - anything thrown.
 * @returns `error.code`, or `'not a RedisError: …'`.
 */
export function describeFailure(error: unknown): string {
  if (RedisError.is(error)) return error.code;
  return `not a RedisError: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
}

/**
 * What an action expected to reject with a {@link RedisError} did, as one comparable string: the error's
 * `code`, `'resolved'`, or `'not a RedisError: …'`. A test asserts `toBe('CROSS_SLOT')` and still prints
 * something useful when the driver did something else.
 *
 * @param action - the promise, or a function returning it (a synchronous throw counts as a rejection).
 * @returns the outcome.
 */
export async function errorCodeOf(action: Promise<unknown> | (() => Promise<unknown>)): Promise<string> {
  try {
    await (typeof action === 'function' ? action() : action);
    return 'resolved';
  } catch (error) {
    return describeFailure(error);
  }
}

/**
 * Like {@link errorCodeOf}, but a synchronous throw is its own outcome, `'threw synchronously: …'`:
 * for members documented to return a rejected promise, never to throw at the call site.
 *
 * @param action - calls the member and returns its promise.
 * @returns `'resolved'`, the error's code, `'not a RedisError: …'` or `'threw synchronously: …'`.
 */
export async function rejectionCodeOf(action: () => Promise<unknown>): Promise<string> {
  let pending: Promise<unknown>;
  try {
    pending = action();
  } catch (error) {
    return `threw synchronously: ${describeFailure(error)}`;
  }
  return errorCodeOf(pending);
}
