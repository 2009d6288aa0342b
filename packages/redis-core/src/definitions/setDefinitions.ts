import type { IRedisSetCommands, RedisValues } from '@org/redis-interface';
import { checkInteger, checkValue, valueList } from '../calculations/arguments.js';
import {
  checkKey,
  checkKeyArray,
  checkOptions,
  checkWholeNumber,
  invalidArgument,
} from '../calculations/checks.js';
import { allKeys, countedKeys } from '../calculations/keyPositions.js';
import { toFlag, toFlags, toMemberList } from '../calculations/setReplies.js';
import type { CommandDefinition, DefinitionsOf } from '../models/CommandDefinition.js';
import type { RedisArgument, RedisKey } from '../models/DriverTopology.js';
import { keyOnly } from './shapes.js';

/** `key member…` of SADD/SREM: one member or several, refusing an empty list. */
const keyMembers =
  (command: string) =>
  ([key, members]: readonly [RedisKey, RedisValues]): RedisArgument[] => [
    key,
    ...valueList(command, members, 'members'),
  ];

/**
 * SINTER/SUNION/SDIFF: every key in one slot; no key resolves `[]` without a round trip (Redis
 * would refuse the command), as before these were definitions.
 */
function combine(command: string): CommandDefinition<readonly [readonly RedisKey[]], string[]> {
  return {
    command,
    readOnly: true,
    build: ([keys]) => checkKeyArray(command, keys),
    keys: allKeys,
    empty: { arity: 0, result: [] },
    reply: toMemberList,
  };
}

/** SINTERSTORE/SUNIONSTORE/SDIFFSTORE: the destination and the sources in one slot. */
function combineStore(command: string): CommandDefinition<readonly [RedisKey, readonly RedisKey[]], number> {
  return {
    command,
    build: ([destination, keys]) => [
      checkKey(command, destination, 'destination'),
      ...checkKeyArray(command, keys),
    ],
    keys: allKeys,
  };
}

/** `key [count]` of SPOP/SRANDMEMBER: without count one member (or `null`), with it a list. */
const keyCount =
  (command: string) =>
  ([key, count]: readonly [RedisKey, (number | undefined)?]): RedisArgument[] =>
    count === undefined ? [key] : [key, checkInteger(command, 'count', count)];

const memberOrList = (
  reply: unknown,
  [, count]: readonly [RedisKey, (number | undefined)?],
): string | null | string[] => (count === undefined ? (reply as string | null) : toMemberList(reply));

/** SADD, SMEMBERS, SINTER, SMOVE… Those over several keys need one slot (`CROSS_SLOT` before sending). */
export const setDefinitions = {
  sadd: { command: 'sadd', build: keyMembers('sadd'), keys: 1 },
  srem: { command: 'srem', build: keyMembers('srem'), keys: 1 },
  smembers: { command: 'smembers', readOnly: true, build: keyOnly, keys: 1, reply: toMemberList },
  sismember: {
    command: 'sismember',
    readOnly: true,
    build: ([key, member]) => [key, checkValue('sismember', member, 'member')],
    keys: 1,
    reply: toFlag,
  },
  smismember: {
    command: 'smismember',
    readOnly: true,
    build: ([key, members]) => {
      const checked = checkKey('smismember', key);
      if (!Array.isArray(members))
        throw invalidArgument('smismember', 'members', members, 'an array of members');
      // No member: the key alone, which `empty` answers without a round trip (SMISMEMBER needs one).
      return members.length === 0 ? [checked] : [checked, ...valueList('smismember', members, 'members')];
    },
    keys: 1,
    empty: { arity: 1, result: [] },
    reply: toFlags,
  },
  scard: { command: 'scard', readOnly: true, build: keyOnly, keys: 1 },
  spop: { command: 'spop', build: keyCount('spop'), keys: 1, reply: memberOrList },
  srandmember: {
    command: 'srandmember',
    readOnly: true,
    build: keyCount('srandmember'),
    keys: 1,
    reply: memberOrList,
  },
  smove: {
    command: 'smove',
    build: ([source, destination, member]) => [
      checkKey('smove', source, 'source'),
      checkKey('smove', destination, 'destination'),
      checkValue('smove', member, 'member'),
    ],
    keys: 2,
    reply: toFlag,
  },
  sinter: combine('sinter'),
  sintercard: {
    command: 'sintercard',
    readOnly: true,
    build: ([keys, options]) => {
      const list = checkKeyArray('sintercard', keys);
      const { limit } = checkOptions('sintercard', options);
      const limitArguments =
        limit === undefined ? [] : ['LIMIT', checkWholeNumber('sintercard', 'limit', limit, 0)];
      return list.length === 0 ? [] : [list.length, ...list, ...limitArguments];
    },
    keys: countedKeys(0),
    empty: { arity: 0, result: 0 },
  },
  sunion: combine('sunion'),
  sdiff: combine('sdiff'),
  sinterstore: combineStore('sinterstore'),
  sunionstore: combineStore('sunionstore'),
  sdiffstore: combineStore('sdiffstore'),
} satisfies DefinitionsOf<Omit<IRedisSetCommands, 'sscan'>>;
