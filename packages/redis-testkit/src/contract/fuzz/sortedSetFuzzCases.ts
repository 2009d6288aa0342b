import fc from 'fast-check';
import type { IRedisSortedSetCommands } from '@org/redis-interface';
import {
  args,
  blockingTimeout,
  choice,
  flag,
  float,
  integer,
  junk,
  key,
  keyArray,
  keys,
  options,
  value,
  values,
} from './arbitraries.js';
import { isCount, isList, isNumber, isTextList } from './documented.js';
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
const lexBound = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>('-', '+', '[a', '(b', '[', '(') },
  { weight: 1, arbitrary: fc.constantFrom<unknown>('a', '', '{a', Buffer.from('[a')) },
  { weight: 1, arbitrary: junk },
);
const lexOptions = scoreOptions;
const storeOptions = fc.oneof(
  rankOptions,
  options({
    by: choice('SCORE'),
    rev: flag,
    limit: fc.oneof(options({ offset: integer(0, 3), count: integer(-1, 3) }), junk),
  }),
  options({ by: choice('LEX', 'RANK'), rev: flag }),
);
const weights = fc.oneof(fc.array(float, { maxLength: 4 }), junk);
const combineOptions = options({ weights, aggregate: choice('SUM', 'MIN', 'MAX') });
const side = choice('MIN', 'MAX');
const popOptions = options({ count: integer(0, 3) });
const isScoredList = (reply: unknown): boolean =>
  Array.isArray(reply) &&
  reply.every(
    (item: { member?: unknown; score?: unknown }) => typeof item.member === 'string' && isNumber(item.score),
  );
const isPopped = (reply: unknown): boolean =>
  reply === null ||
  (typeof (reply as { key?: unknown }).key === 'string' &&
    isScoredList((reply as { members?: unknown }).members));
const isScoredPop = (reply: unknown): boolean =>
  reply === null ||
  (typeof (reply as { key?: unknown }).key === 'string' && isNumber((reply as { score?: unknown }).score));

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
  zmscore: {
    args: (pool) => args(key(pool), fc.oneof(fc.array(value, { maxLength: 3 }), junk)),
    resolves: (reply) => Array.isArray(reply) && reply.every(isMaybeNumber),
  },
  zrandmember: {
    args: (pool) => args(key(pool), fc.oneof(fc.constant(undefined), integer(-3, 3))),
    resolves: (reply) => reply === null || typeof reply === 'string' || isTextList(reply),
  },
  zrandmemberWithScores: { args: (pool) => args(key(pool), integer(-3, 3)), resolves: isScoredList },
  zmpop: { args: (pool) => args(keys(pool), side, popOptions), resolves: isPopped },
  zrangebylex: { args: (pool) => args(key(pool), lexBound, lexBound, lexOptions), resolves: isTextList },
  zlexcount: { args: (pool) => args(key(pool), lexBound, lexBound), resolves: isCount },
  zremrangebylex: { args: (pool) => args(key(pool), lexBound, lexBound), resolves: isCount },
  zrangestore: {
    args: (pool) =>
      args(
        key(pool),
        key(pool),
        fc.oneof(integer(), bound, lexBound),
        fc.oneof(integer(), bound, lexBound),
        storeOptions,
      ),
    resolves: isCount,
  },
  zunion: { args: (pool) => args(keyArray(pool), combineOptions), resolves: isTextList },
  zunionWithScores: { args: (pool) => args(keyArray(pool), combineOptions), resolves: isScoredList },
  zinter: { args: (pool) => args(keyArray(pool), combineOptions), resolves: isTextList },
  zinterWithScores: { args: (pool) => args(keyArray(pool), combineOptions), resolves: isScoredList },
  zdiff: { args: (pool) => args(keyArray(pool)), resolves: isTextList },
  zdiffWithScores: { args: (pool) => args(keyArray(pool)), resolves: isScoredList },
  zunionstore: { args: (pool) => args(key(pool), keyArray(pool), combineOptions), resolves: isCount },
  zinterstore: { args: (pool) => args(key(pool), keyArray(pool), combineOptions), resolves: isCount },
  zdiffstore: { args: (pool) => args(key(pool), keyArray(pool)), resolves: isCount },
  zintercard: {
    args: (pool) => args(keyArray(pool), options({ limit: integer(-1, 3) })),
    resolves: isCount,
  },
  bzpopmin: { args: (pool) => args(keys(pool), blockingTimeout), resolves: isScoredPop },
  bzpopmax: { args: (pool) => args(keys(pool), blockingTimeout), resolves: isScoredPop },
  bzmpop: { args: (pool) => args(keys(pool), side, blockingTimeout, popOptions), resolves: isPopped },
} satisfies Record<Exclude<keyof IRedisSortedSetCommands, 'zscan'>, FuzzCase>; // zscan: keyScanFuzzCases.ts
