import { RedisError } from '@org/redis-interface';
import type { RedisKey } from '../models/DriverTopology.js';

/**
 * `JSON.stringify` that refuses what JSON cannot represent (undefined, functions, symbols,
 * BigInt, cycles) instead of writing `undefined` or throwing a bare TypeError.
 */
export function encodeJson(command: string, value: unknown): string {
  // JSON.stringify returns undefined (despite its type) for undefined, functions and symbols.
  let text: unknown;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw new RedisError(
      'INVALID_ARGUMENT',
      `${command} got a value JSON cannot represent (${(error as Error).message}): pass plain data.`,
      {
        cause: error,
      },
    );
  }
  if (typeof text !== 'string') {
    throw new RedisError(
      'INVALID_ARGUMENT',
      `${command} got ${typeof value}, which JSON cannot represent: pass plain data.`,
    );
  }
  return text;
}

/** Parse a stored JSON text, then the caller's `parse` (e.g. a schema) when given. */
export function decodeJson<T>(key: RedisKey, text: string | null, parse?: (value: unknown) => T): T | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new RedisError(
      'INVALID_JSON',
      `The value at "${key.toString()}" is not JSON: it was written by something other than setJson.`,
      {
        cause: error,
      },
    );
  }
  return parse === undefined ? (value as T) : parse(value);
}
