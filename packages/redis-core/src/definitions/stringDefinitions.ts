import { toSetArguments, type IRedisStringCommands, type RedisValue } from '@org/redis-interface';
import { checkInteger, checkValue, entryColumns, interleave, pick } from '../calculations/arguments.js';
import { checkKey, checkKeyArray, checkNumber, checkOptions } from '../calculations/checks.js';
import { everyOtherKey } from '../calculations/keyPositions.js';
import { getexArguments } from '../calculations/timeArguments.js';
import type { RedisKey } from '../models/DriverTopology.js';
import type { DefinitionsOf, GroupReply, SplitDefinition } from '../models/CommandDefinition.js';
import { isOne, keyOnly, toNumber } from './shapes.js';

/** MGET's groups put back in the caller's order (`null` for a missing key). */
function inOrder<V>(replies: readonly GroupReply[], count: number): (V | null)[] {
  const values = new Array<V | null>(count).fill(null);
  for (const { positions, reply } of replies) {
    const group = reply as (V | null)[];
    positions.forEach((position, index) => (values[position] = group[index] ?? null));
  }
  return values;
}

/** MGET (text or bytes): split by slot, the groups put back in the caller's order. */
function readMany<V>(
  name: 'mget' | 'mgetBuffer',
): SplitDefinition<readonly [readonly RedisKey[]], (V | null)[]> {
  return {
    kind: 'split',
    command: 'mget',
    ...(name === 'mgetBuffer' ? { name, buffer: true as const } : {}),
    readOnly: true,
    empty: [],
    build: ([keys]) => {
      const list = checkKeyArray(name, keys);
      return { keys: list, argsFor: (positions) => pick(list, positions) };
    },
    merge: (replies, { keys }) => inOrder<V>(replies, keys.length),
  };
}

/** `key value`, the value checked. */
const keyValue =
  (command: string) =>
  ([key, value]: readonly [unknown, unknown]): [RedisKey, RedisValue] => [
    checkKey(command, key),
    checkValue(command, value),
  ];

/** `key n`, `n` a whole number named `name`. */
const keyInteger =
  (command: string, name: string) =>
  ([key, n]: readonly [unknown, unknown]): [RedisKey, number] => [
    key as RedisKey,
    checkInteger(command, name, n),
  ];

/** GET, SET, MGET, MSET, INCR… MGET/MSET are split by slot in a cluster and merged. */
export const stringDefinitions = {
  get: { command: 'get', build: keyOnly, keys: 1, readOnly: true },
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated alias still has its definition
  getBuffer: { command: 'get', name: 'getBuffer', build: keyOnly, keys: 1, buffer: true, readOnly: true },
  set: {
    command: 'set',
    build: ([key, value, options]) =>
      options === undefined
        ? [key, checkValue('set', value)]
        : [key, checkValue('set', value), ...toSetArguments(options)],
    keys: 1,
  },
  mget: readMany<string>('mget'),
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated alias still has its definition
  mgetBuffer: readMany<Buffer>('mgetBuffer'),
  mset: {
    kind: 'split',
    command: 'mset',
    empty: 'OK',
    build: ([entries]) => {
      const { keys, values } = entryColumns('mset', entries);
      return { keys, argsFor: (positions) => interleave(keys, values, positions) };
    },
    merge: () => 'OK',
  },
  msetnx: {
    command: 'msetnx',
    build: ([entries]) => {
      const { keys, values } = entryColumns('msetnx', entries);
      return interleave(
        keys,
        values,
        keys.map((_, index) => index),
      );
    },
    keys: everyOtherKey,
    reply: isOne,
  },
  incr: { command: 'incr', build: keyOnly, keys: 1 },
  incrby: { command: 'incrby', build: keyInteger('incrby', 'increment'), keys: 1 },
  incrbyfloat: {
    command: 'incrbyfloat',
    build: ([key, increment]) => [key, checkNumber('incrbyfloat', 'increment', increment)],
    keys: 1,
    reply: toNumber,
  },
  decr: { command: 'decr', build: keyOnly, keys: 1 },
  decrby: { command: 'decrby', build: keyInteger('decrby', 'decrement'), keys: 1 },
  getdel: { command: 'getdel', build: keyOnly, keys: 1 },
  append: { command: 'append', build: keyValue('append'), keys: 1 },
  strlen: { command: 'strlen', build: keyOnly, keys: 1, readOnly: true },
  getex: {
    command: 'getex',
    build: ([key, options]) =>
      options === undefined ? [key] : [key, ...getexArguments(checkOptions('getex', options))],
    keys: 1,
  },
} satisfies DefinitionsOf<IRedisStringCommands>;
