import type { IRedisKeyCommands } from '@org/redis-interface';
import fc from 'fast-check';
import { args, choice, integer, key, keys } from './arbitraries.js';
import { isBoolean, isCount, isInteger, isOk } from './documented.js';
import type { FuzzCase } from './FuzzCase.js';

const condition = choice(undefined, 'NX', 'XX', 'GT', 'LT');
/** An instant: a Date (valid or not), a Unix time, or junk. */
const instant = (unit: number): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constant(new Date(Date.now() + 3_600_000)),
    fc.constant(new Date(Number.NaN)),
    fc.constant(Math.floor((Date.now() + 3_600_000) / unit)),
    integer(0, 10),
  );

/** Generic key commands. */
export const keyFuzzCases = {
  del: { args: (pool) => args(keys(pool)), resolves: isCount },
  unlink: { args: (pool) => args(keys(pool)), resolves: isCount },
  exists: { args: (pool) => args(keys(pool)), resolves: isCount },
  touch: { args: (pool) => args(keys(pool)), resolves: isCount },
  expire: { args: (pool) => args(key(pool), integer(1, 3600), condition), resolves: isBoolean },
  pexpire: { args: (pool) => args(key(pool), integer(1, 3_600_000), condition), resolves: isBoolean },
  expireat: { args: (pool) => args(key(pool), instant(1000), condition), resolves: isBoolean },
  pexpireat: { args: (pool) => args(key(pool), instant(1), condition), resolves: isBoolean },
  expiretime: { args: (pool) => args(key(pool)), resolves: isInteger },
  pexpiretime: { args: (pool) => args(key(pool)), resolves: isInteger },
  ttl: { args: (pool) => args(key(pool)), resolves: isInteger },
  pttl: { args: (pool) => args(key(pool)), resolves: isInteger },
  persist: { args: (pool) => args(key(pool)), resolves: isBoolean },
  type: { args: (pool) => args(key(pool)), resolves: (value) => typeof value === 'string' },
  rename: { args: (pool) => args(key(pool), key(pool)), resolves: isOk },
  renamenx: { args: (pool) => args(key(pool), key(pool)), resolves: isBoolean },
} satisfies Record<keyof IRedisKeyCommands, FuzzCase>;
