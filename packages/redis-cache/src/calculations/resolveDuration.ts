import { RedisCacheError } from '../models/RedisCacheError.js';
import type { RedisCacheErrorCode } from '../models/redisCacheErrorCodes.js';

/** The largest duration accepted: what a 32-bit timer holds (about 24.8 days). */
export const MAX_DURATION_MS = 2 ** 31 - 1;

/**
 * Checks a duration option: an integer number of milliseconds from `min` to {@link MAX_DURATION_MS}.
 * @param value - as given (`undefined` means "not set").
 * @param name - the option's name, for the message.
 * @param min - the smallest value accepted.
 * @param code - the error code to throw.
 * @returns the value, or `undefined` when not set.
 * @throws {@link RedisCacheError} `code` naming the option and the accepted range.
 */
export function resolveDuration(
  value: unknown,
  name: string,
  min: number,
  code: RedisCacheErrorCode,
): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > MAX_DURATION_MS)
    throw new RedisCacheError(
      code,
      `${name} must be an integer number of milliseconds from ${min} to ${MAX_DURATION_MS}, got ${typeof value === 'number' ? String(value) : typeof value}.`,
    );
  return value;
}
