import type { KeySpec } from '../models/CommandDefinition.js';
import type { RedisArgument, RedisKey } from '../models/DriverTopology.js';

/**
 * The positions of the keys in `argv` by `spec` (see {@link KeySpec}). A range that runs past the
 * arguments stops at their end.
 */
export function keyPositions(spec: KeySpec, argv: readonly RedisArgument[]): readonly number[] {
  if (typeof spec === 'function') return spec(argv);
  // Plain loops, no Array.from or map: this runs for every queued command.
  const positions: number[] = [];
  if (typeof spec === 'number') {
    const count = Math.min(spec, argv.length);
    for (let index = 0; index < count; index += 1) positions.push(index);
    return positions;
  }
  const last = spec.last < 0 ? argv.length + spec.last : Math.min(spec.last, argv.length - 1);
  for (let index = spec.first; index <= last; index += spec.step) positions.push(index);
  return positions;
}

/** The keys of `argv` by `spec`, in order. */
export function keysOf(spec: KeySpec, argv: readonly RedisArgument[]): RedisKey[] {
  const positions = keyPositions(spec, argv);
  const keys: RedisKey[] = [];
  for (const position of positions) keys.push(argv[position] as RedisKey);
  return keys;
}

/** Every key from the first to the last argument but `tail` (BLPOP k… timeout: `allKeysBut(1)`). */
export const allKeysBut = (tail: number): KeySpec => ({ first: 0, last: -1 - tail, step: 1 });

/** Every argument is a key (DEL k…, SINTER k…). */
export const allKeys: KeySpec = { first: 0, last: -1, step: 1 };

/** `key value key value…` (MSETNX). */
export const everyOtherKey: KeySpec = { first: 0, last: -1, step: 2 };

/**
 * `numkeys key… [options]` (SINTERCARD, ZINTER, LMPOP): the keys counted by the argument at `at`,
 * never past the end of the arguments, after the `leading` positions (ZUNIONSTORE's destination).
 */
export const countedKeys =
  (at: number, leading: readonly number[] = []): KeySpec =>
  (argv) => {
    const count = Number(argv[at]);
    const length = Number.isSafeInteger(count) && count > 0 ? Math.min(count, argv.length - at - 1) : 0;
    return [...leading, ...Array.from({ length }, (_, index) => at + 1 + index)];
  };
