import type { IRedisKeyCommands } from '@org/redis-interface';
import { args, choice, integer, key, keys } from './arbitraries.js';
import { isBoolean, isCount, isInteger, isOk } from './documented.js';
import type { FuzzCase } from './FuzzCase.js';

const condition = choice(undefined, 'NX', 'XX', 'GT', 'LT');

/** Generic key commands. */
export const keyFuzzCases = {
  del: { args: (pool) => args(keys(pool)), resolves: isCount },
  unlink: { args: (pool) => args(keys(pool)), resolves: isCount },
  exists: { args: (pool) => args(keys(pool)), resolves: isCount },
  touch: { args: (pool) => args(keys(pool)), resolves: isCount },
  expire: { args: (pool) => args(key(pool), integer(1, 3600), condition), resolves: isBoolean },
  pexpire: { args: (pool) => args(key(pool), integer(1, 3_600_000), condition), resolves: isBoolean },
  ttl: { args: (pool) => args(key(pool)), resolves: isInteger },
  pttl: { args: (pool) => args(key(pool)), resolves: isInteger },
  persist: { args: (pool) => args(key(pool)), resolves: isBoolean },
  type: { args: (pool) => args(key(pool)), resolves: (value) => typeof value === 'string' },
  rename: { args: (pool) => args(key(pool), key(pool)), resolves: isOk },
  renamenx: { args: (pool) => args(key(pool), key(pool)), resolves: isBoolean },
} satisfies Record<keyof IRedisKeyCommands, FuzzCase>;
