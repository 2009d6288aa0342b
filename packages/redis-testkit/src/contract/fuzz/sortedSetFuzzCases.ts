import fc from 'fast-check';
import type { IRedisSortedSetCommands } from '@org/redis-interface';
import { args, choice, flag, float, integer, junk, key, options, value, values } from './arbitraries.js';
import { isCount, isList, isNumber } from './documented.js';
import type { FuzzCase } from './FuzzCase.js';

const score = fc.oneof(
  { weight: 3, arbitrary: fc.double({ min: -10, max: 10, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0) },
  { weight: 2, arbitrary: junk },
);
const member = fc.oneof(
  { weight: 4, arbitrary: fc.record({ score, member: value }) },
  { weight: 1, arbitrary: junk },
);
const zaddOptions = options({ condition: choice('NX', 'XX'), comparison: choice('GT', 'LT'), ch: flag });
const bound = fc.oneof(
  { weight: 2, arbitrary: fc.double({ min: -10, max: 10 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>('-inf', '+inf', '(1', '(-2.5', '(+inf', '((1', 'abc', ''),
  },
  { weight: 1, arbitrary: junk },
);
const rankOptions = options({ rev: flag });
const scoreOptions = options({
  rev: flag,
  limit: fc.oneof(options({ offset: integer(0, 3), count: integer(-1, 3) }), junk),
});
const isMaybeNumber = (reply: unknown): boolean => reply === null || isNumber(reply);

/** Sorted-set commands. */
export const sortedSetFuzzCases = {
  zadd: {
    args: (keys) => args(key(keys), fc.oneof(member, fc.array(member, { maxLength: 3 })), zaddOptions),
    resolves: isCount,
  },
  zincrby: { args: (keys) => args(key(keys), float, value), resolves: isNumber },
  zscore: { args: (keys) => args(key(keys), value), resolves: isMaybeNumber },
  zrank: { args: (keys) => args(key(keys), value), resolves: isMaybeNumber },
  zrevrank: { args: (keys) => args(key(keys), value), resolves: isMaybeNumber },
  zcard: { args: (keys) => args(key(keys)), resolves: isCount },
  zcount: { args: (keys) => args(key(keys), bound, bound), resolves: isCount },
  zrem: { args: (keys) => args(key(keys), values), resolves: isCount },
  zremrangebyscore: { args: (keys) => args(key(keys), bound, bound), resolves: isCount },
  zremrangebyrank: { args: (keys) => args(key(keys), integer(), integer()), resolves: isCount },
  zpopmin: {
    args: (keys) => args(key(keys), fc.oneof(fc.constant(undefined), integer(0, 3))),
    resolves: isList,
  },
  zpopmax: {
    args: (keys) => args(key(keys), fc.oneof(fc.constant(undefined), integer(0, 3))),
    resolves: isList,
  },
  zrange: { args: (keys) => args(key(keys), integer(), integer(), rankOptions), resolves: isList },
  zrangeWithScores: { args: (keys) => args(key(keys), integer(), integer(), rankOptions), resolves: isList },
  zrangebyscore: { args: (keys) => args(key(keys), bound, bound, scoreOptions), resolves: isList },
  zrangebyscoreWithScores: { args: (keys) => args(key(keys), bound, bound, scoreOptions), resolves: isList },
} satisfies Record<Exclude<keyof IRedisSortedSetCommands, 'zscan'>, FuzzCase>; // zscan: keyScanFuzzCases.ts
