import type {
  IRedisSortedSetBlockingCommands,
  IRedisSortedSetCombineCommands,
  IRedisSortedSetCommands,
  IRedisSortedSetRangeCommands,
  RedisKeys,
  RedisValue,
  ScoredMember,
  ZPopResult,
} from '@org/redis-interface';
import { checkInteger, checkValue, valueList } from '../calculations/arguments.js';
import { checkKey, checkNumber, invalidArgument } from '../calculations/checks.js';
import { blockingMs, checkTimeout, nonEmptyKeys } from '../calculations/blockingArguments.js';
import { numberedKeys } from '../calculations/countedKeys.js';
import { allKeysBut, countedKeys } from '../calculations/keyPositions.js';
import { toScore } from '../calculations/replies.js';
import { scoreBound, zaddArguments } from '../calculations/sortedSetArguments.js';
import { popSideArguments } from '../calculations/sortedSetCombineArguments.js';
import {
  toScoredMembers,
  toScoreOrNull,
  toZMPopResult,
  toZPopResult,
} from '../calculations/sortedSetReplies.js';
import type { BlockingDefinition, CommandDefinition, DefinitionsOf } from '../models/CommandDefinition.js';
import type { RedisArgument, RedisKey } from '../models/DriverTopology.js';
import { keyOnly } from './shapes.js';

/** The members of this table: the sorted-set group but its range and combining queries and ZSCAN (an iterator). */
type SortedSetCommands = Omit<
  IRedisSortedSetCommands,
  keyof IRedisSortedSetRangeCommands | keyof IRedisSortedSetCombineCommands | 'zscan'
> &
  IRedisSortedSetBlockingCommands;

/** `key member` of ZSCORE/ZRANK/ZREVRANK. */
const keyMember =
  (command: string) =>
  ([key, member]: readonly [unknown, unknown]): RedisArgument[] => [
    checkKey(command, key),
    checkValue(command, member, 'member'),
  ];

/** `key min max` by score (ZCOUNT, ZREMRANGEBYSCORE). */
const keyScores =
  (command: string) =>
  ([key, min, max]: readonly [unknown, unknown, unknown]): RedisArgument[] => [
    checkKey(command, key),
    scoreBound(command, min, 'min'),
    scoreBound(command, max, 'max'),
  ];

/** ZPOPMIN/ZPOPMAX `key count` (count 1 by default: the reply is a list either way). */
const popScored = (
  command: string,
): CommandDefinition<readonly [key: RedisKey, count?: number | undefined], ScoredMember[]> => ({
  command,
  build: ([key, count = 1]) => [key, checkInteger(command, 'count', count)],
  keys: 1,
  reply: toScoredMembers,
});

/** BZPOPMIN/BZPOPMAX `k… timeout` on a dedicated connection; the reply's key unprefixed. */
const blockingPop = (
  command: string,
): BlockingDefinition<readonly [RedisKeys, number], ZPopResult | null> => ({
  kind: 'blocking',
  command,
  build: ([keys, seconds]) => [...nonEmptyKeys(command, keys), checkTimeout(command, seconds)],
  keys: allKeysBut(1),
  blocksForMs: ([, seconds]) => blockingMs(seconds),
  reply: (reply, _args, keyPrefix) => toZPopResult(reply, keyPrefix),
});

/** The members of ZMSCORE: a non-empty array of values. */
function memberArray(command: string, members: unknown): RedisArgument[] {
  if (!Array.isArray(members)) throw invalidArgument(command, 'members', members, 'an array of members');
  return valueList(command, members as RedisValue[], 'members');
}

/** ZADD, ZSCORE, ZPOPMIN, ZMPOP, BZPOPMIN…: one key, or keys sharing one slot. */
export const sortedSetDefinitions = {
  zadd: {
    command: 'zadd',
    build: ([key, members, options]) => [key, ...zaddArguments(members, options)],
    keys: 1,
  },
  zincrby: {
    command: 'zincrby',
    build: ([key, increment, member]) => [
      key,
      checkNumber('zincrby', 'increment', increment),
      checkValue('zincrby', member, 'member'),
    ],
    keys: 1,
    reply: toScore,
  },
  zscore: { command: 'zscore', build: keyMember('zscore'), keys: 1, readOnly: true, reply: toScoreOrNull },
  zmscore: {
    command: 'zmscore',
    readOnly: true,
    build: ([key, members]) => [key, ...memberArray('zmscore', members)],
    keys: 1,
    reply: (reply) => (reply as readonly unknown[]).map(toScoreOrNull),
  },
  zrank: { command: 'zrank', build: keyMember('zrank'), keys: 1, readOnly: true },
  zrevrank: { command: 'zrevrank', build: keyMember('zrevrank'), keys: 1, readOnly: true },
  zcard: { command: 'zcard', build: keyOnly, keys: 1, readOnly: true },
  zcount: { command: 'zcount', build: keyScores('zcount'), keys: 1, readOnly: true },
  zrem: {
    command: 'zrem',
    build: ([key, members]) => [key, ...valueList('zrem', members, 'members')],
    keys: 1,
  },
  zremrangebyscore: { command: 'zremrangebyscore', build: keyScores('zremrangebyscore'), keys: 1 },
  zremrangebyrank: {
    command: 'zremrangebyrank',
    build: ([key, start, stop]) => [
      key,
      checkInteger('zremrangebyrank', 'start', start),
      checkInteger('zremrangebyrank', 'stop', stop),
    ],
    keys: 1,
  },
  zpopmin: popScored('zpopmin'),
  zpopmax: popScored('zpopmax'),
  zrandmember: {
    command: 'zrandmember',
    readOnly: true,
    build: ([key, count]) =>
      count === undefined ? [key] : [key, checkInteger('zrandmember', 'count', count)],
    keys: 1,
    // With a count, a missing key is `[]` (RESP2 and RESP3 alike); without, `null`.
  },
  zrandmemberWithScores: {
    command: 'zrandmember',
    name: 'zrandmemberWithScores',
    readOnly: true,
    build: ([key, count]) => [key, checkInteger('zrandmemberWithScores', 'count', count), 'WITHSCORES'],
    keys: 1,
    reply: toScoredMembers,
  },
  zmpop: {
    command: 'zmpop',
    build: ([keys, from, options]) => [
      ...numberedKeys('zmpop', keys),
      ...popSideArguments('zmpop', from, options),
    ],
    keys: countedKeys(0),
    reply: (reply, _args, keyPrefix) => toZMPopResult(reply, keyPrefix),
  },
  bzpopmin: blockingPop('bzpopmin'),
  bzpopmax: blockingPop('bzpopmax'),
  bzmpop: {
    kind: 'blocking',
    command: 'bzmpop',
    build: ([keys, from, seconds, options]) => [
      checkTimeout('bzmpop', seconds),
      ...numberedKeys('bzmpop', keys),
      ...popSideArguments('bzmpop', from, options),
    ],
    keys: countedKeys(1),
    blocksForMs: ([, , seconds]) => blockingMs(seconds),
    reply: (reply, _args, keyPrefix) => toZMPopResult(reply, keyPrefix),
  },
} satisfies DefinitionsOf<SortedSetCommands>;
