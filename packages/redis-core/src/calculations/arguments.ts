import { RedisError, type RedisEntries, type RedisValue, type RedisValues } from '@org/redis-interface';
import type { RedisArgument, RedisKey } from '../models/DriverTopology.js';
import { checkKey, describeType, invalidArgument } from './checks.js';

/** One value or many → a list of checked values, refusing an empty list (Redis would answer a syntax error). */
export function valueList(command: string, values: RedisValues, name = 'values'): RedisValue[] {
  const list: unknown[] = Array.isArray(values) ? values : [values];
  if (list.length === 0) {
    throw new RedisError(
      'INVALID_ARGUMENT',
      `${command.toUpperCase()} needs at least one value: pass a non-empty list.`,
    );
  }
  return list.map((value, index) =>
    checkValue(command, value, Array.isArray(values) ? `${name}[${index}]` : name),
  );
}

/** A plain object, a Map or an array (of tuples), nothing else (`null`, a string, a Buffer…). */
function isEntries(entries: unknown): entries is RedisEntries {
  if (typeof entries !== 'object' || entries === null) return false;
  return !Buffer.isBuffer(entries);
}

/**
 * A record, Map or list of `[key, value]` tuples → its keys and its checked values, as two lists
 * (MSET: the keys are grouped by slot, the values follow by position), refusing an empty set, a key
 * that is not a string or Buffer (a Map's or a tuple's), a tuple that is not a pair, or a bad value.
 * `name` is what the keys are (`key`, `field`).
 */
export function entryColumns(
  command: string,
  entries: RedisEntries,
  name = 'key',
): { readonly keys: RedisKey[]; readonly values: RedisValue[] } {
  if (!isEntries(entries))
    throw invalidArgument(
      command,
      'entries',
      entries,
      `a non-empty record, Map or list of [${name}, value] pairs`,
    );
  const keys: RedisKey[] = [];
  const values: RedisValue[] = [];
  const add = (value: unknown, key: unknown): void => {
    keys.push(checkKey(command, key, name));
    values.push(checkValue(command, value, `value of ${describeType(key)}`));
  };
  if (Array.isArray(entries)) addTuples(command, entries, name, add);
  else if (entries instanceof Map) (entries as ReadonlyMap<unknown, unknown>).forEach(add);
  else for (const key of Object.keys(entries)) add((entries as Readonly<Record<string, unknown>>)[key], key);
  if (keys.length === 0) {
    throw new RedisError(
      'INVALID_ARGUMENT',
      `${command.toUpperCase()} needs at least one entry: pass a non-empty record, Map or list of [${name}, value].`,
    );
  }
  return { keys, values };
}

/** Each `[key, value]` of `tuples` to `add`, refusing anything that is not a pair. */
function addTuples(
  command: string,
  tuples: readonly unknown[],
  name: string,
  add: (value: unknown, key: unknown) => void,
): void {
  for (let index = 0; index < tuples.length; index += 1) {
    const tuple = tuples[index];
    if (!Array.isArray(tuple) || tuple.length !== 2)
      throw invalidArgument(command, `entries[${index}]`, tuple, `a [${name}, value] pair`);
    add(tuple[1], tuple[0]);
  }
}

/** A record, Map or list of tuples → `[key, value][]`, checked like {@link entryColumns}. */
export function entryList(command: string, entries: RedisEntries, name = 'key'): [RedisKey, RedisValue][] {
  const { keys, values } = entryColumns(command, entries, name);
  return keys.map((key, index) => [key, values[index] as RedisValue]);
}

/** `[k1, v1, k2, v2…]` for the entries at `positions` of two parallel lists. */
export function interleave(
  keys: readonly RedisKey[],
  values: readonly RedisValue[],
  positions: readonly number[],
): RedisArgument[] {
  const flat = new Array<RedisArgument>(positions.length * 2);
  for (let index = 0; index < positions.length; index += 1) {
    const position = positions[index] as number;
    flat[2 * index] = keys[position] as RedisKey;
    flat[2 * index + 1] = values[position] as RedisValue;
  }
  return flat;
}

/** Entries flattened to `[k1, v1, k2, v2]`. A plain loop: `flatMap` costs several times more on MSET-sized input. */
export function flatEntries(entries: readonly [RedisKey, RedisValue][]): RedisArgument[] {
  const flat = new Array<RedisArgument>(entries.length * 2);
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index] as [RedisKey, RedisValue];
    flat[2 * index] = entry[0];
    flat[2 * index + 1] = entry[1];
  }
  return flat;
}

/**
 * Refuse values ioredis would silently turn into text like `[object Object]` or `NaN`:
 * nothing half-formed is sent to Redis.
 */
export function checkValue(command: string, value: unknown, name = 'value'): RedisValue {
  if (typeof value === 'string' || Buffer.isBuffer(value)) return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw invalidArgument(command, name, value, 'a string, a Buffer or a finite number (setJson for objects)');
}

/** @throws RedisError `INVALID_ARGUMENT` unless `value` is an integer (TTLs, counts, indexes). */
export function checkInteger(command: string, name: string, value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  throw invalidArgument(command, name, value, 'a whole number');
}

/** The items of `list` at `positions`, in that order. */
export function pick<T>(list: readonly T[], positions: readonly number[]): T[] {
  return positions.map((position) => list[position] as T);
}
