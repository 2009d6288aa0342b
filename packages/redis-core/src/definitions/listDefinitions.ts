import type { IRedisListCommands, RedisValues } from '@org/redis-interface';
import { checkInteger, checkValue, valueList } from '../calculations/arguments.js';
import { checkChoice, checkKey } from '../calculations/checks.js';
import { countedKeys } from '../calculations/keyPositions.js';
import { listSides, lposOptions, mpopArguments, toListPopResult } from '../calculations/listArguments.js';
import type { CommandDefinition, DefinitionsOf } from '../models/CommandDefinition.js';
import type { RedisArgument, RedisKey } from '../models/DriverTopology.js';
import { blockingListDefinitions } from './blockingListDefinitions.js';
import { keyOnly } from './shapes.js';

const insertPositions = ['BEFORE', 'AFTER'] as const;

/** LPUSH, RPUSH, LPUSHX, RPUSHX: `key value…`, at least one value. */
const push = (command: string): CommandDefinition<readonly [RedisKey, RedisValues], number> => ({
  command,
  build: ([key, values]) => [key, ...valueList(command, values)],
  keys: 1,
});

/** LPOP/RPOP: one element (or null) without a count; with one, a list (`[]` when missing). */
const pop = (
  command: string,
): CommandDefinition<readonly [RedisKey, (number | undefined)?], string | null | string[]> => ({
  command,
  build: ([key, count]) => (count === undefined ? [key] : [key, checkInteger(command, 'count', count)]),
  keys: 1,
  reply: (reply, [, count]) =>
    count === undefined ? (reply as string | null) : ((reply as string[] | null) ?? []),
});

/** `key start stop` of LRANGE/LTRIM, both whole numbers. */
const indexRange =
  (command: string) =>
  ([key, start, stop]: readonly [RedisKey, number, number]): RedisArgument[] => [
    key,
    checkInteger(command, 'start', start),
    checkInteger(command, 'stop', stop),
  ];

/**
 * List commands, each on the node of its key; LMOVE and LMPOP over several keys need them in one
 * slot (`CROSS_SLOT` before sending). The blocking ones are in {@link blockingListDefinitions}.
 */
export const listDefinitions = {
  lpush: push('lpush'),
  rpush: push('rpush'),
  lpushx: push('lpushx'),
  rpushx: push('rpushx'),
  lpop: pop('lpop'),
  rpop: pop('rpop'),
  llen: { command: 'llen', build: keyOnly, keys: 1, readOnly: true },
  lrange: { command: 'lrange', build: indexRange('lrange'), keys: 1, readOnly: true },
  lindex: {
    command: 'lindex',
    build: ([key, index]) => [key, checkInteger('lindex', 'index', index)],
    keys: 1,
    readOnly: true,
  },
  lset: {
    command: 'lset',
    build: ([key, index, value]) => [key, checkInteger('lset', 'index', index), checkValue('lset', value)],
    keys: 1,
  },
  lrem: {
    command: 'lrem',
    build: ([key, count, value]) => [key, checkInteger('lrem', 'count', count), checkValue('lrem', value)],
    keys: 1,
  },
  ltrim: { command: 'ltrim', build: indexRange('ltrim'), keys: 1 },
  linsert: {
    command: 'linsert',
    build: ([key, position, pivot, element]) => [
      key,
      checkChoice('linsert', 'position', position, insertPositions),
      checkValue('linsert', pivot, 'pivot'),
      checkValue('linsert', element, 'element'),
    ],
    keys: 1,
  },
  lpos: {
    command: 'lpos',
    readOnly: true,
    build: ([key, element, options]) => [
      key,
      checkValue('lpos', element, 'element'),
      ...lposOptions(options),
    ],
    keys: 1,
  },
  lmove: {
    command: 'lmove',
    build: ([source, destination, from, to]) => [
      checkKey('lmove', source, 'source'),
      checkKey('lmove', destination, 'destination'),
      checkChoice('lmove', 'from', from, listSides),
      checkChoice('lmove', 'to', to, listSides),
    ],
    keys: 2,
  },
  lmpop: {
    command: 'lmpop',
    build: ([keys, side, count]) => mpopArguments('lmpop', keys, side, count),
    keys: countedKeys(0),
    reply: (reply, _, keyPrefix) => toListPopResult(reply, keyPrefix),
  },
  ...blockingListDefinitions,
} satisfies DefinitionsOf<IRedisListCommands>;
