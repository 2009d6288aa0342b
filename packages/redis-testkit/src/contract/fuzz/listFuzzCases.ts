import fc from 'fast-check';
import type { IRedisListCommands } from '@org/redis-interface';
import { args, blockingTimeout, choice, integer, key, keys, options, value, values } from './arbitraries.js';
import { isCount, isInteger, isOk, isTextOrNull } from './documented.js';
import type { FuzzCase } from './FuzzCase.js';

const side = choice('LEFT', 'RIGHT');
const optionalCount = fc.oneof(fc.constant(undefined), integer(0, 5));
const popped = (reply: unknown): boolean => isTextOrNull(reply) || Array.isArray(reply);
/** LMPOP/BLMPOP: `null`, or the key and a non-empty list of elements. */
const poppedFromOne = (reply: unknown): boolean =>
  reply === null ||
  (typeof reply === 'object' &&
    typeof (reply as { key?: unknown }).key === 'string' &&
    Array.isArray((reply as { elements?: unknown }).elements) &&
    (reply as { elements: unknown[] }).elements.length > 0);
/** LPOS: an index, `null`, or (with a count) a list of indexes. */
const positions = (reply: unknown): boolean =>
  reply === null || isCount(reply) || (Array.isArray(reply) && reply.every(isCount));

/** List commands; blocking pops with short timeouts. */
export const listFuzzCases = {
  lpush: { args: (pool) => args(key(pool), values), resolves: isCount },
  rpush: { args: (pool) => args(key(pool), values), resolves: isCount },
  lpop: { args: (pool) => args(key(pool), optionalCount), resolves: popped },
  rpop: { args: (pool) => args(key(pool), optionalCount), resolves: popped },
  llen: { args: (pool) => args(key(pool)), resolves: isCount },
  lrange: { args: (pool) => args(key(pool), integer(), integer()), resolves: Array.isArray },
  lindex: { args: (pool) => args(key(pool), integer()), resolves: isTextOrNull },
  lset: { args: (pool) => args(key(pool), integer(), value), resolves: isOk },
  lrem: { args: (pool) => args(key(pool), integer(), value), resolves: isCount },
  ltrim: { args: (pool) => args(key(pool), integer(), integer()), resolves: isOk },
  lmove: { args: (pool) => args(key(pool), key(pool), side, side), resolves: isTextOrNull },
  lpushx: { args: (pool) => args(key(pool), values), resolves: isCount },
  rpushx: { args: (pool) => args(key(pool), values), resolves: isCount },
  linsert: {
    args: (pool) => args(key(pool), choice('BEFORE', 'AFTER'), value, value),
    resolves: isInteger,
  },
  lpos: {
    args: (pool) =>
      args(key(pool), value, options({ rank: integer(-3, 3), count: integer(0, 3), maxlen: integer(0, 5) })),
    resolves: positions,
  },
  lmpop: { args: (pool) => args(keys(pool), side, optionalCount), resolves: poppedFromOne },
  blmove: {
    args: (pool) => args(key(pool), key(pool), side, side, blockingTimeout),
    resolves: isTextOrNull,
  },
  blmpop: {
    args: (pool) => args(keys(pool), side, blockingTimeout, optionalCount),
    resolves: poppedFromOne,
  },
  blpop: {
    args: (pool) => args(keys(pool), blockingTimeout),
    resolves: (reply) => reply === null || Array.isArray(reply),
  },
  brpop: {
    args: (pool) => args(keys(pool), blockingTimeout),
    resolves: (reply) => reply === null || Array.isArray(reply),
  },
} satisfies Record<keyof IRedisListCommands, FuzzCase>;
