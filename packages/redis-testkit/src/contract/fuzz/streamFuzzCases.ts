import fc from 'fast-check';
import type { IRedisStreamCommands } from '@org/redis-interface';
import { args, choice, entries, field, flag, integer, junk, junkKey, key, options } from './arbitraries.js';
import { isBoolean, isCount, isList } from './documented.js';
import type { FuzzCase, FuzzKeys } from './FuzzCase.js';

const id = choice('*', '-', '+', '0', '1-1', '2-0', '$', '>', 'not-an-id');
const ids = fc.oneof(id, fc.array(id, { maxLength: 3 }), junkKey);
const trim = fc.oneof(
  options({ maxLen: integer(0, 10), minId: choice('0', '1-1'), approximate: flag }),
  fc.record({ maxLen: integer(0, 10) }),
  junk,
);
/** Short blocks only: never 0 (waits forever); junk blocks are rejected before anything is sent. */
const readOptions = options({
  count: integer(0, 5),
  block: fc.constantFrom<unknown>(10, 20, -1, 1.5, Number.NaN, null, '10'),
  noack: flag,
});
const offsets = (keys: FuzzKeys): fc.Arbitrary<unknown> =>
  fc.oneof(fc.array(fc.oneof(fc.record({ key: key(keys), id }), junk), { maxLength: 3 }), junk);
const group = choice('g1', 'g2');

/** Stream commands; reads block at most a few milliseconds. */
export const streamFuzzCases = {
  xadd: {
    args: (keys) =>
      args(key(keys), entries(field, fc.constantFrom('f', 'g')), options({ id, nomkstream: flag, trim })),
  },
  xrange: {
    args: (keys) => args(key(keys), id, id, fc.oneof(fc.constant(undefined), integer(0, 5))),
    resolves: isList,
  },
  xrevrange: {
    args: (keys) => args(key(keys), id, id, fc.oneof(fc.constant(undefined), integer(0, 5))),
    resolves: isList,
  },
  xlen: { args: (keys) => args(key(keys)), resolves: isCount },
  xtrim: { args: (keys) => args(key(keys), trim), resolves: isCount },
  xdel: { args: (keys) => args(key(keys), ids), resolves: isCount },
  xread: { args: (keys) => args(offsets(keys), readOptions), resolves: isList },
  xgroupCreate: {
    args: (keys) => args(key(keys), group, id, options({ mkstream: flag })),
    resolves: isBoolean,
  },
  xreadgroup: {
    args: (keys) => args(group, choice('c1', 'c2'), offsets(keys), readOptions),
    resolves: isList,
  },
  xack: { args: (keys) => args(key(keys), group, ids), resolves: isCount },
} satisfies Record<keyof IRedisStreamCommands, FuzzCase>;
