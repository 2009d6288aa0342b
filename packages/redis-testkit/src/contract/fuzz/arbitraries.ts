import fc from 'fast-check';
import type { FuzzKeys } from './FuzzCase.js';

/**
 * Arbitraries shared by the fuzz cases. Invalid values are the ones issue 12 found and their kin:
 * what the types forbid but JavaScript callers and computed values send.
 */

/** Values no argument accepts as a key (and most reject as anything). */
export const junkKey: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    undefined,
    null,
    {},
    [],
    [[{}]],
    { nested: { a: [null] } },
    true,
    1,
    -0,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 60,
    10n,
    new Date(0),
    () => 'k',
  ),
  fc.constant(null).map(() => Symbol('fuzz')),
  fc
    .anything({ maxDepth: 2, maxKeys: 3, withBigInt: true, withMap: true, withSet: true })
    .filter((value) => typeof value !== 'string'),
);

/** Numbers that are not whole, not finite or not numbers at all. */
export const junkNumber: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  undefined,
  null,
  '3',
  '',
  {},
  [],
  1.5,
  -0.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  2 ** 60,
  1e300,
  3n,
  true,
);

/** Anything at all, for value and option positions. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(junkKey, junkNumber, fc.constantFrom('', ' ', '\u0000'));

/** One of the member's keys (text or bytes), or junk. */
export function key(keys: FuzzKeys): fc.Arbitrary<unknown> {
  const names = fc.constantFrom(...keys.names);
  return fc.oneof(
    { weight: 6, arbitrary: names },
    { weight: 1, arbitrary: names.map((name) => Buffer.from(name)) },
    { weight: 2, arbitrary: junkKey },
  );
}

/** A list of keys (possibly empty, possibly with junk inside), or junk instead of a list. */
export function keyArray(keys: FuzzKeys): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.array(key(keys), { maxLength: 4 }) },
    { weight: 1, arbitrary: junkKey },
  );
}

/** One key or a list of keys (`del`, `exists`, `blpop`). */
export function keys(pool: FuzzKeys): fc.Arbitrary<unknown> {
  return fc.oneof(key(pool), keyArray(pool));
}

/** A hash field, member name or ID-like text, or junk. */
export const field: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('f', 'g', 'm', 'x', 'a') },
  { weight: 1, arbitrary: fc.constant(Buffer.from('f')) },
  { weight: 2, arbitrary: junkKey },
);

/** A value: text, bytes, a number, or junk. */
export const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.integer({ min: -1000, max: 1000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 4 }).map((bytes) => Buffer.from(bytes)) },
  { weight: 2, arbitrary: junk },
);

/** One value or a list of values, or junk. */
export const values: fc.Arbitrary<unknown> = fc.oneof(value, fc.array(value, { maxLength: 4 }));

/** A whole number in `[min, max]`, or junk. */
export function integer(min = -5, max = 10): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: fc.integer({ min, max }) }, { weight: 1, arbitrary: junkNumber });
}

/** A finite number, or junk. */
export const float: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.double({ min: -100, max: 100, noNaN: true }) },
  { weight: 1, arbitrary: junkNumber },
);

/** One of `allowed`, or junk. */
export function choice(...allowed: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...allowed) }, { weight: 1, arbitrary: junk });
}

/** A flag: `true`, `false`, or junk. */
export const flag: fc.Arbitrary<unknown> = choice(true, false);

/**
 * An options object whose fields each may be missing, valid or junk; or no options; or junk instead.
 */
export function options(shape: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 4, arbitrary: fc.record(shape, { requiredKeys: [] }) },
    { weight: 1, arbitrary: junk },
  );
}

/** A plain object is a record of entries whatever its names: `{ '': 0 }` rightly writes the key `""`. */
const isPlainObject = (candidate: unknown): boolean =>
  typeof candidate === 'object' &&
  candidate !== null &&
  Object.getPrototypeOf(candidate) === Object.prototype;

/** A non-empty list of pairs: the `[key, value]` tuple form of entries, which may be a valid call. */
const isPairList = (candidate: unknown): boolean =>
  Array.isArray(candidate) &&
  candidate.length > 0 &&
  candidate.every((item) => Array.isArray(item) && item.length === 2);

/**
 * Entries of `mset`/`hset`/`xadd`: a record, a Map or `[key, value]` tuples (with junk keys), or junk.
 * The junk holds no plain object and no list of pairs: one with names outside the pool would be a valid
 * call writing keys the fuzz reads as coerced.
 */
export function entries(names: fc.Arbitrary<unknown>, keyNames: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.dictionary(keyNames, value, { maxKeys: 3 }) },
    { weight: 2, arbitrary: fc.array(fc.tuple(names, value), { maxLength: 3 }).map((list) => new Map(list)) },
    { weight: 1, arbitrary: fc.array(fc.tuple(names, value), { maxLength: 3 }) },
    { weight: 1, arbitrary: junk.filter((candidate) => !isPlainObject(candidate) && !isPairList(candidate)) },
  );
}

/** Argument lists: `args(a, b)` is a tuple of what `a` and `b` generate. */
export function args(...parts: readonly fc.Arbitrary<unknown>[]): fc.Arbitrary<readonly unknown[]> {
  return fc.tuple(...parts);
}

/** No arguments, or junk ones (members without parameters must ignore them). */
export const noArgs: fc.Arbitrary<readonly unknown[]> = fc.oneof(fc.constant([]), fc.tuple(junk));

/**
 * Timeouts of blocking commands: short waits only, never 0 or -0 (0 waits forever); the invalid ones
 * are negative, NaN, infinite, missing or not numbers.
 */
export const blockingTimeout: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  0.01,
  0.05,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  null,
  undefined,
  '1',
  1n,
  {},
);
