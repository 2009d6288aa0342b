import { RedisCacheError } from '../models/RedisCacheError.js';

const MAX_KEY_LENGTH = 1024;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/u;

/**
 * Checks a cache key or tag before anything is sent: a non-empty string of at most 1024 characters without
 * control characters (they would break the bus messages and the stored entry's header).
 * @param value - the key or tag as given.
 * @param what - `key` or `tag`, for the message.
 * @returns the value, typed.
 * @throws {@link RedisCacheError} `INVALID_KEY` naming what to fix.
 */
export function validateCacheKey(value: unknown, what: 'key' | 'tag' = 'key'): string {
  if (typeof value !== 'string')
    throw new RedisCacheError('INVALID_KEY', `A cache ${what} must be a string, got ${describe(value)}.`);
  if (value.length === 0)
    throw new RedisCacheError('INVALID_KEY', `A cache ${what} must not be empty: pass a non-empty string.`);
  if (value.length > MAX_KEY_LENGTH)
    throw new RedisCacheError(
      'INVALID_KEY',
      `A cache ${what} is at most ${MAX_KEY_LENGTH} characters, got ${value.length}: hash long ${what}s first.`,
    );
  if (CONTROL.test(value))
    throw new RedisCacheError(
      'INVALID_KEY',
      `A cache ${what} must not contain control characters (U+0000 to U+001F, U+007F): remove them from ${JSON.stringify(value.slice(0, 40))}.`,
    );
  return value;
}

/**
 * Checks a list of keys or tags.
 * @param values - the list as given.
 * @param what - `key` or `tag`.
 * @throws {@link RedisCacheError} `INVALID_KEY` when it is not an array or one element is invalid.
 */
export function validateCacheKeys(values: unknown, what: 'key' | 'tag' = 'key'): readonly string[] {
  if (!Array.isArray(values))
    throw new RedisCacheError(
      'INVALID_KEY',
      `Cache ${what}s must be an array of strings, got ${describe(values)}.`,
    );
  return values.map((value) => validateCacheKey(value, what));
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
