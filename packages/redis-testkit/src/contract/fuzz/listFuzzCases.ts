import fc from 'fast-check';
import type { IRedisListCommands } from '@org/redis-interface';
import { args, choice, integer, key, keys, value, values } from './arbitraries.js';
import { isCount, isOk, isTextOrNull } from './documented.js';
import type { FuzzCase } from './FuzzCase.js';

const side = choice('LEFT', 'RIGHT');
const optionalCount = fc.oneof(fc.constant(undefined), integer(0, 5));
const popped = (reply: unknown): boolean => isTextOrNull(reply) || Array.isArray(reply);
/** Short waits only, never 0 or -0 (0 waits forever): invalid timeouts are negative, NaN or not numbers. */
const timeout = fc.constantFrom<unknown>(
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
  blpop: {
    args: (pool) => args(keys(pool), timeout),
    resolves: (reply) => reply === null || Array.isArray(reply),
  },
  brpop: {
    args: (pool) => args(keys(pool), timeout),
    resolves: (reply) => reply === null || Array.isArray(reply),
  },
} satisfies Record<keyof IRedisListCommands, FuzzCase>;
