import fc from 'fast-check';
import type { IRedisStreamCommands } from '@org/redis-interface';
import { args, choice, entries, field, flag, integer, junk, junkKey, key, options } from './arbitraries.js';
import { isBoolean, isCount, isList, isOk, isRecord } from './documented.js';
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
const consumer = choice('c1', 'c2');
const idle = fc.oneof(integer(0, 50), junk);
const pendingRange = fc.oneof(
  fc.constant(undefined),
  options({ start: id, end: id, count: integer(0, 5), consumer, idle }),
  fc.record({ count: integer(1, 5) }),
);
const claimOptions = options({
  idle,
  time: fc.oneof(integer(0, 10), junk),
  retrycount: integer(0, 3),
  force: flag,
  justid: flag,
  lastid: id,
});

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
  xinfoStream: { args: (keys) => args(key(keys)), resolves: isRecord },
  xinfoStreamFull: { args: (keys) => args(key(keys), options({ count: integer(0, 3) })), resolves: isRecord },
  xsetid: {
    args: (keys) =>
      args(key(keys), id, options({ entriesAdded: integer(0, 5), maxDeletedId: choice('0-0', '1-0') })),
    resolves: isOk,
  },
  xgroupCreateconsumer: { args: (keys) => args(key(keys), group, consumer), resolves: isBoolean },
  xgroupDelconsumer: { args: (keys) => args(key(keys), group, consumer), resolves: isCount },
  xgroupSetid: {
    args: (keys) => args(key(keys), group, id, options({ entriesRead: integer(0, 5) })),
    resolves: isOk,
  },
  xgroupDestroy: { args: (keys) => args(key(keys), group), resolves: isBoolean },
  xinfoGroups: { args: (keys) => args(key(keys)), resolves: isList },
  xinfoConsumers: { args: (keys) => args(key(keys), group), resolves: isList },
  xpending: {
    args: (keys) => args(key(keys), group, pendingRange),
    resolves: (value) => isList(value) || isRecord(value),
  },
  xclaim: { args: (keys) => args(key(keys), group, consumer, idle, ids, claimOptions), resolves: isList },
  xautoclaim: {
    args: (keys) =>
      args(key(keys), group, consumer, idle, id, options({ count: integer(0, 5), justid: flag })),
    resolves: (value) => isRecord(value) && typeof (value as { next?: unknown }).next === 'string',
  },
} satisfies Record<keyof IRedisStreamCommands, FuzzCase>;
