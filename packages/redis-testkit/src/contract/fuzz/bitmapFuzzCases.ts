import fc from 'fast-check';
import type { IRedisBitmapCommands, IRedisHyperLogLogCommands } from '@org/redis-interface';
import { args, choice, integer, junk, key, keyArray, keys, options, value, values } from './arbitraries.js';
import { isBoolean, isCount, isInteger, isList, isOk } from './documented.js';
import type { FuzzCase } from './FuzzCase.js';

const bit = choice(0, 1, 2, true, '1');
const range = options({ start: integer(-4, 4), end: integer(-4, 4), unit: choice('BYTE', 'BIT', 'bits') });
const encoding = choice('u8', 'i8', 'i64', 'u63', 'u64', 'i0', 'x8', '8');
const offset = fc.oneof(integer(0, 64), choice('#0', '#3', '#x'));

/** BITFIELD operations, each kind valid or mangled. */
const operation = fc.oneof(
  fc.record({ kind: fc.constant('get'), encoding, offset }),
  fc.record({ kind: fc.constant('set'), encoding, offset, value: integer(-300, 300) }),
  fc.record({ kind: fc.constant('incrby'), encoding, offset, increment: integer(-300, 300) }),
  fc.record({ kind: fc.constant('overflow'), behavior: choice('WRAP', 'SAT', 'FAIL', 'wrap') }),
  junk,
);
const operations = fc.oneof(fc.array(operation, { maxLength: 4 }), junk);
const isBit = (result: unknown): boolean => result === 0 || result === 1;

/** SETBIT (small offsets: a huge one would allocate up to 512 MB), GETBIT, BITCOUNT, BITPOS, BITOP, BITFIELD. */
export const bitmapFuzzCases = {
  setbit: { args: (pool) => args(key(pool), integer(0, 1000), bit), resolves: isBit },
  getbit: { args: (pool) => args(key(pool), integer(0, 1000)), resolves: isBit },
  bitcount: { args: (pool) => args(key(pool), range), resolves: isCount },
  bitpos: { args: (pool) => args(key(pool), bit, range), resolves: isInteger },
  bitop: {
    args: (pool) => args(choice('AND', 'OR', 'XOR', 'NOT', 'and'), key(pool), keyArray(pool)),
    resolves: isCount,
  },
  bitfield: { args: (pool) => args(key(pool), operations), resolves: isList },
  bitfieldRo: { args: (pool) => args(key(pool), operations), resolves: isList },
} satisfies Record<keyof IRedisBitmapCommands, FuzzCase>;

/** PFADD, PFCOUNT, PFMERGE. */
export const hyperLogLogFuzzCases = {
  pfadd: { args: (pool) => args(key(pool), fc.oneof(values, value)), resolves: isBoolean },
  pfcount: { args: (pool) => args(keys(pool)), resolves: isCount },
  pfmerge: { args: (pool) => args(key(pool), keys(pool)), resolves: isOk },
} satisfies Record<keyof IRedisHyperLogLogCommands, FuzzCase>;
