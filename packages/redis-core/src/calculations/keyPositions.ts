import type { KeySpec } from '../models/CommandDefinition.js';
import type { RedisArgument, RedisKey } from '../models/DriverTopology.js';

/**
 * The positions of the keys in `argv` by `spec` (see {@link KeySpec}). A range that runs past the
 * arguments stops at their end.
 */
export function keyPositions(spec: KeySpec, argv: readonly RedisArgument[]): readonly number[] {
  if (typeof spec === 'function') return spec(argv);
  if (typeof spec === 'number')
    return Array.from({ length: Math.min(spec, argv.length) }, (_, index) => index);
  const last = spec.last < 0 ? argv.length + spec.last : Math.min(spec.last, argv.length - 1);
  const positions: number[] = [];
  for (let index = spec.first; index <= last; index += spec.step) positions.push(index);
  return positions;
}

/** The keys of `argv` by `spec`, in order. */
export function keysOf(spec: KeySpec, argv: readonly RedisArgument[]): RedisKey[] {
  return keyPositions(spec, argv).map((position) => argv[position] as RedisKey);
}

/** Every key from the first to the last argument but `tail` (BLPOP k… timeout: `allKeysBut(1)`). */
export const allKeysBut = (tail: number): KeySpec => ({ first: 0, last: -1 - tail, step: 1 });

/** Every argument is a key (DEL k…, SINTER k…). */
export const allKeys: KeySpec = { first: 0, last: -1, step: 1 };

/** `key value key value…` (MSETNX). */
export const everyOtherKey: KeySpec = { first: 0, last: -1, step: 2 };

/**
 * `numkeys key… rest` with `numkeys` at `index` (LMPOP at 0, BLMPOP after its timeout at 1): the
 * keys follow it. A `numkeys` that is not a whole number gives no key (the builder checked it).
 */
export const keysCountedAt =
  (index: number): KeySpec =>
  (argv) => {
    const count = Number(argv[index]);
    if (!Number.isSafeInteger(count) || count < 0) return [];
    return Array.from({ length: Math.min(count, argv.length - index - 1) }, (_, at) => index + 1 + at);
  };
