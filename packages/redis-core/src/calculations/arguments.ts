import {
  RedisError,
  type RedisEntries,
  type RedisKeys,
  type RedisValue,
  type RedisValues,
} from '@org/redis-interface';
import type { RedisArgument } from '../models/DriverTopology.js';

/** `'a'` or `['a', 'b']` → `['a', 'b']`. */
export function keyList(keys: RedisKeys): string[] {
  return typeof keys === 'string' ? [keys] : [...keys];
}

/** One value or many → a list, refusing an empty list (Redis would answer a syntax error). */
export function valueList(command: string, values: RedisValues): RedisValue[] {
  const list = Array.isArray(values) ? [...(values as readonly RedisValue[])] : [values as RedisValue];
  if (list.length === 0) {
    throw new RedisError(
      'INVALID_ARGUMENT',
      `${command.toUpperCase()} needs at least one value: pass a non-empty list.`,
    );
  }
  return list;
}

/** A record or Map of entries → `[key, value][]`, refusing an empty set. */
export function entryList(command: string, entries: RedisEntries): [string, RedisValue][] {
  const list =
    entries instanceof Map
      ? [...(entries as ReadonlyMap<string, RedisValue>)]
      : Object.entries(entries as Readonly<Record<string, RedisValue>>);
  if (list.length === 0) {
    throw new RedisError(
      'INVALID_ARGUMENT',
      `${command.toUpperCase()} needs at least one entry: pass a non-empty record or Map.`,
    );
  }
  return list;
}

/**
 * A record or Map of entries → its keys and its checked values, as two lists (MSET: the keys
 * are grouped by slot, the values follow by position), refusing an empty set or a bad value.
 */
export function entryColumns(
  command: string,
  entries: RedisEntries,
): { readonly keys: string[]; readonly values: RedisValue[] } {
  const keys: string[] = [];
  const values: RedisValue[] = [];
  const add = (value: unknown, key: string): void => {
    keys.push(key);
    values.push(checkValue(command, value));
  };
  if (entries instanceof Map) (entries as ReadonlyMap<string, RedisValue>).forEach(add);
  else
    for (const key of Object.keys(entries)) add((entries as Readonly<Record<string, RedisValue>>)[key], key);
  if (keys.length === 0) {
    throw new RedisError(
      'INVALID_ARGUMENT',
      `${command.toUpperCase()} needs at least one entry: pass a non-empty record or Map.`,
    );
  }
  return { keys, values };
}

/** `[k1, v1, k2, v2…]` for the entries at `positions` of two parallel lists. */
export function interleave(
  keys: readonly string[],
  values: readonly RedisValue[],
  positions: readonly number[],
): RedisArgument[] {
  const flat = new Array<RedisArgument>(positions.length * 2);
  for (let index = 0; index < positions.length; index += 1) {
    const position = positions[index] as number;
    flat[2 * index] = keys[position] as string;
    flat[2 * index + 1] = values[position] as RedisValue;
  }
  return flat;
}

/** Entries flattened to `[k1, v1, k2, v2]`. A plain loop: `flatMap` costs several times more on MSET-sized input. */
export function flatEntries(entries: readonly [string, RedisValue][]): RedisArgument[] {
  const flat = new Array<RedisArgument>(entries.length * 2);
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index] as [string, RedisValue];
    flat[2 * index] = entry[0];
    flat[2 * index + 1] = entry[1];
  }
  return flat;
}

/**
 * Refuse values ioredis would silently turn into text like `[object Object]` or `NaN`:
 * nothing half-formed is sent to Redis.
 */
export function checkValue(command: string, value: unknown): RedisValue {
  if (typeof value === 'string' || Buffer.isBuffer(value)) return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new RedisError(
    'INVALID_ARGUMENT',
    `${command.toUpperCase()} got a ${typeof value} value: pass a string, Buffer or finite number (setJson for objects).`,
  );
}

/** @throws RedisError `INVALID_ARGUMENT` unless `value` is an integer (TTLs, counts, indexes). */
export function checkInteger(command: string, name: string, value: number): number {
  if (!Number.isSafeInteger(value)) {
    throw new RedisError(
      'INVALID_ARGUMENT',
      `${command.toUpperCase()} ${name} must be a whole number, got ${String(value)}.`,
    );
  }
  return value;
}

/** The items of `list` at `positions`, in that order. */
export function pick<T>(list: readonly T[], positions: readonly number[]): T[] {
  return positions.map((position) => list[position] as T);
}
