import type {
  IRedisStreamCommands,
  IRedisStreamGroupCommands,
  IRedisStreamRecoveryCommands,
} from '@org/redis-interface';
import { checkKey, checkOptions, checkString, checkWholeNumber } from '../calculations/checks.js';
import {
  blockOf,
  idList,
  streamReadArguments,
  streamsKeys,
  trimArguments,
  xaddArguments,
} from '../calculations/streamArguments.js';
import { toStreamInfoFull } from '../calculations/streamInfoFullReplies.js';
import { toEntryList, toStreamInfo, toStreamReads } from '../calculations/streamReplies.js';
import type { DefinitionsOf } from '../models/CommandDefinition.js';
import type { RedisArgument } from '../models/DriverTopology.js';
import { keyOnly } from './shapes.js';

/** `key from to [COUNT n]` of XRANGE / XREVRANGE (`first`/`second` name the bounds in errors). */
const rangeArguments =
  (command: string, first: string, second: string, defaults: readonly [string, string]) =>
  ([key, from, to, count]: readonly [unknown, unknown?, unknown?, unknown?]): RedisArgument[] => [
    checkKey(command, key),
    checkString(command, first, from === undefined ? defaults[0] : from),
    checkString(command, second, to === undefined ? defaults[1] : to),
    ...(count === undefined ? [] : ['COUNT', checkWholeNumber(command, 'count', count, 1)]),
  ];

/** The stream commands themselves; the consumer groups are in `streamGroupDefinitions`. */
type StreamOnlyCommands = Omit<
  IRedisStreamCommands,
  keyof IRedisStreamGroupCommands | keyof IRedisStreamRecoveryCommands
>;

/**
 * XADD, XRANGE, XLEN, XTRIM, XDEL, XREAD, XINFO STREAM (and FULL), XSETID: one stream each (one slot), but
 * XREAD over several streams (they must share a slot). XREAD with BLOCK runs on a dedicated
 * connection; without it, on the shared one.
 */
export const streamDefinitions = {
  xadd: { command: 'xadd', build: ([key, fields, options]) => xaddArguments(key, fields, options), keys: 1 },
  xrange: {
    command: 'xrange',
    readOnly: true,
    build: rangeArguments('xrange', 'start', 'end', ['-', '+']),
    keys: 1,
    reply: toEntryList,
  },
  xrevrange: {
    command: 'xrevrange',
    readOnly: true,
    build: rangeArguments('xrevrange', 'end', 'start', ['+', '-']),
    keys: 1,
    reply: toEntryList,
  },
  xlen: { command: 'xlen', readOnly: true, build: keyOnly, keys: 1 },
  xtrim: {
    command: 'xtrim',
    build: ([key, trim]) => [checkKey('xtrim', key), ...trimArguments('XTRIM', trim)],
    keys: 1,
  },
  xdel: {
    command: 'xdel',
    build: ([key, ids]) => [checkKey('xdel', key), ...idList('xdel', ids)],
    keys: 1,
    empty: { arity: 1, result: 0 },
  },
  xread: {
    kind: 'blocking',
    command: 'xread',
    readOnly: true,
    build: ([streams, options]) => streamReadArguments('XREAD', streams, options),
    keys: streamsKeys(0),
    blocksForMs: ([, options]) => blockOf(options),
    reply: (reply, [streams], keyPrefix) => toStreamReads(reply, keyPrefix, streams),
  },
  xinfoStream: {
    command: 'xinfo',
    name: 'xinfoStream',
    readOnly: true,
    build: ([key]) => ['STREAM', checkKey('xinfoStream', key)],
    keys: { first: 1, last: 1, step: 1 },
    reply: toStreamInfo,
  },
  xinfoStreamFull: {
    command: 'xinfo',
    name: 'xinfoStreamFull',
    readOnly: true,
    build: ([key, options]) => {
      const { count } = checkOptions('xinfoStreamFull', options);
      const argv: RedisArgument[] = ['STREAM', checkKey('xinfoStreamFull', key), 'FULL'];
      if (count !== undefined)
        argv.push('COUNT', checkWholeNumber('xinfoStreamFull', 'options.count', count, 0));
      return argv;
    },
    keys: { first: 1, last: 1, step: 1 },
    reply: toStreamInfoFull,
  },
  xsetid: {
    command: 'xsetid',
    build: ([key, lastId, options]) => {
      const checked = checkOptions('xsetid', options);
      return [
        checkKey('xsetid', key),
        checkString('xsetid', 'lastId', lastId),
        ...(checked.entriesAdded === undefined
          ? []
          : ['ENTRIESADDED', checkWholeNumber('xsetid', 'options.entriesAdded', checked.entriesAdded, 0)]),
        ...(checked.maxDeletedId === undefined
          ? []
          : ['MAXDELETEDID', checkString('xsetid', 'options.maxDeletedId', checked.maxDeletedId)]),
      ];
    },
    keys: 1,
  },
} satisfies DefinitionsOf<StreamOnlyCommands>;
