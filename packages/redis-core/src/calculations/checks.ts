import { RedisError } from '@org/redis-interface';
import type { RedisKey } from '../models/DriverTopology.js';

/**
 * Argument checks shared by every command, its pipeline form and (later) its one definition.
 * Kinds, the same everywhere: a key, hash field, member name, channel or pattern is a string or a
 * Buffer (never a number: `1` and `'1'` would be the same key by accident); a value is that or a
 * finite number; an option object is `undefined` or a plain object; a stream ID is a string.
 * Each throws `INVALID_ARGUMENT` naming the command and the argument, before anything is sent.
 */

/** `undefined`, `null`, `object`, `array`, `Buffer`, `symbol`, `bigint`, `NaN`… for messages. */
export function describeType(value: unknown): string {
  if (value === null || value === undefined || typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return `the BigInt ${value}n`;
  if (Array.isArray(value)) return 'an array';
  if (Buffer.isBuffer(value)) return 'a Buffer';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** The `INVALID_ARGUMENT` error of argument `name` of `command`, with what to pass instead. */
export function invalidArgument(command: string, name: string, value: unknown, expected: string): RedisError {
  return new RedisError(
    'INVALID_ARGUMENT',
    `${command.toUpperCase()} ${name} got ${describeType(value)}: pass ${expected}.`,
  );
}

/** A key (or field, member name, channel): a string or a Buffer. */
export function checkKey(command: string, key: unknown, name = 'key'): RedisKey {
  if (typeof key === 'string' || Buffer.isBuffer(key)) return key;
  throw invalidArgument(command, name, key, 'a string or a Buffer');
}

/** One key or a list of keys → a list, each checked (`'a'` → `['a']`). */
export function checkKeys(command: string, keys: unknown, name = 'keys'): RedisKey[] {
  if (typeof keys === 'string' || Buffer.isBuffer(keys)) return [keys];
  if (!Array.isArray(keys)) throw invalidArgument(command, name, keys, 'a key or an array of keys');
  const list = new Array<RedisKey>(keys.length);
  for (let index = 0; index < keys.length; index += 1)
    list[index] = checkKey(command, keys[index], `${name}[${index}]`);
  return list;
}

/** A list of keys (`mget`, `sinter`, `runScript`): an array, each a key. */
export function checkKeyArray(command: string, keys: unknown, name = 'keys'): RedisKey[] {
  if (!Array.isArray(keys)) throw invalidArgument(command, name, keys, 'an array of keys');
  return checkKeys(command, keys, name);
}

/** A stream ID, group or consumer name: a string. */
export function checkString(command: string, name: string, value: unknown): string {
  if (typeof value === 'string') return value;
  throw invalidArgument(command, name, value, 'a string');
}

/** A number where Redis takes a float (`incrbyfloat`, `zincrby`): finite. */
export function checkNumber(command: string, name: string, value: unknown): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw invalidArgument(command, name, value, 'a finite number');
}

/** A whole number of at least `min` (counts, TTLs, offsets). */
export function checkWholeNumber(command: string, name: string, value: unknown, min: number): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min) return value;
  throw invalidArgument(command, name, value, `a whole number >= ${min}`);
}

/** An optional flag: `undefined`, `true` or `false`. */
export function checkFlag(command: string, name: string, value: unknown): boolean {
  if (value === undefined || typeof value === 'boolean') return value === true;
  throw invalidArgument(command, name, value, 'true or false');
}

/** One of `allowed` (an enum option such as `'NX' | 'XX'`). */
export function checkChoice<T extends string>(
  command: string,
  name: string,
  value: unknown,
  allowed: readonly T[],
): T {
  if (allowed.includes(value as T)) return value as T;
  throw invalidArgument(command, name, value, allowed.join(' or '));
}

/** An optional option of `allowed` values: `undefined` passes. */
export function checkOptionalChoice<T extends string>(
  command: string,
  name: string,
  value: unknown,
  allowed: readonly T[],
): T | undefined {
  return value === undefined ? undefined : checkChoice(command, name, value, allowed);
}

/** An options object: `undefined` (→ `{}`) or a plain object, never `null`, an array or a primitive. */
export function checkOptions<T extends object>(command: string, options: T | undefined, name = 'options'): T {
  const value: unknown = options;
  if (value === undefined) return {} as T;
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value))
    return value as T;
  throw invalidArgument(command, name, value, 'an options object or nothing');
}

/** A function the caller hands over (handlers, `parse`, a transaction's body). */
export function checkFunction<T>(command: string, name: string, value: T): T {
  if (typeof value === 'function') return value;
  throw invalidArgument(command, name, value, 'a function');
}

/**
 * The last line before the client: the first `keys` arguments are keys, every argument is a
 * string, a Buffer or a finite number, so nothing is turned into `[object Object]` or `NaN` text.
 * A plain loop, no allocation: it runs for every command.
 */
export function checkArguments(command: string, args: readonly unknown[], keys: number): void {
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (typeof arg === 'string' || Buffer.isBuffer(arg)) continue;
    if (index >= keys && typeof arg === 'number' && Number.isFinite(arg)) continue;
    throw index < keys
      ? invalidArgument(command, index === 0 ? 'key' : `key ${index + 1}`, arg, 'a string or a Buffer')
      : invalidArgument(command, `argument ${index + 1}`, arg, 'a string, a Buffer or a finite number');
  }
}
