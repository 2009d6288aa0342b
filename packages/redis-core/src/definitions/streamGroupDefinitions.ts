import type { IRedisStreamGroupCommands, XGroupSetIdOptions } from '@org/redis-interface';
import { checkFlag, checkKey, checkOptions, checkString, checkWholeNumber } from '../calculations/checks.js';
import { blockOf, idList, streamReadArguments, streamsKeys } from '../calculations/streamArguments.js';
import { toConsumerInfos, toGroupInfos, toStreamReads } from '../calculations/streamReplies.js';
import type { DefinitionsOf } from '../models/CommandDefinition.js';
import type { RedisArgument } from '../models/DriverTopology.js';
import { isOne } from './shapes.js';

/** The key of an `XGROUP <SUB> key …` / `XINFO <SUB> key …` command: the word after the subcommand. */
const subcommandKey = { first: 1, last: 1, step: 1 } as const;

/** `<SUB> key group [consumer]`, each checked, for XGROUP DESTROY and the consumer subcommands. */
const groupArguments =
  (sub: string, name: string, withConsumer: boolean) =>
  ([key, group, consumer]: readonly [unknown, unknown, unknown?]): RedisArgument[] => [
    sub,
    checkKey(name, key),
    checkString(name, 'group', group),
    ...(withConsumer ? [checkString(name, 'consumer', consumer)] : []),
  ];

/** XGROUP SETID's `ENTRIESREAD n`. */
const entriesRead = (options: XGroupSetIdOptions | undefined): RedisArgument[] => {
  const { entriesRead: read } = checkOptions('xgroupSetid', options);
  return read === undefined
    ? []
    : ['ENTRIESREAD', checkWholeNumber('xgroupSetid', 'options.entriesRead', read, 0)];
};

/**
 * Consumer groups: XGROUP CREATE/CREATECONSUMER/DELCONSUMER/SETID/DESTROY, XREADGROUP, XACK,
 * XINFO GROUPS/CONSUMERS. One stream each (one slot); XREADGROUP over several streams needs them
 * in one slot, and with BLOCK runs on a dedicated connection.
 */
export const streamGroupDefinitions = {
  xgroupCreate: {
    command: 'xgroup',
    name: 'xgroupCreate',
    build: ([key, group, id, options]) => [
      'CREATE',
      checkKey('xgroupCreate', key),
      checkString('xgroupCreate', 'group', group),
      checkString('xgroupCreate', 'id', id === undefined ? '$' : id),
      ...(checkFlag('xgroupCreate', 'options.mkstream', checkOptions('xgroupCreate', options).mkstream)
        ? ['MKSTREAM']
        : []),
    ],
    keys: subcommandKey,
    reply: () => true,
    // "Create if missing": an existing group is the expected outcome, not a failure.
    expected: { code: 'GROUP_EXISTS', result: false },
  },
  xreadgroup: {
    kind: 'blocking',
    command: 'xreadgroup',
    build: ([group, consumer, streams, options]) => [
      'GROUP',
      checkString('xreadgroup', 'group', group),
      checkString('xreadgroup', 'consumer', consumer),
      ...streamReadArguments('XREADGROUP', streams, options),
    ],
    keys: streamsKeys(3),
    blocksForMs: ([, , , options]) => blockOf(options),
    reply: (reply, [, , streams], keyPrefix) => toStreamReads(reply, keyPrefix, streams),
  },
  xack: {
    command: 'xack',
    build: ([key, group, ids]) => [
      checkKey('xack', key),
      checkString('xack', 'group', group),
      ...idList('xack', ids),
    ],
    keys: 1,
    empty: { arity: 2, result: 0 },
  },
  xgroupCreateconsumer: {
    command: 'xgroup',
    name: 'xgroupCreateconsumer',
    build: groupArguments('CREATECONSUMER', 'xgroupCreateconsumer', true),
    keys: subcommandKey,
    reply: isOne,
  },
  xgroupDelconsumer: {
    command: 'xgroup',
    name: 'xgroupDelconsumer',
    build: groupArguments('DELCONSUMER', 'xgroupDelconsumer', true),
    keys: subcommandKey,
  },
  xgroupSetid: {
    command: 'xgroup',
    name: 'xgroupSetid',
    build: ([key, group, id, options]) => [
      'SETID',
      checkKey('xgroupSetid', key),
      checkString('xgroupSetid', 'group', group),
      checkString('xgroupSetid', 'id', id),
      ...entriesRead(options),
    ],
    keys: subcommandKey,
  },
  xgroupDestroy: {
    command: 'xgroup',
    name: 'xgroupDestroy',
    build: groupArguments('DESTROY', 'xgroupDestroy', false),
    keys: subcommandKey,
    reply: isOne,
  },
  xinfoGroups: {
    command: 'xinfo',
    name: 'xinfoGroups',
    readOnly: true,
    build: ([key]) => ['GROUPS', checkKey('xinfoGroups', key)],
    keys: subcommandKey,
    reply: toGroupInfos,
  },
  xinfoConsumers: {
    command: 'xinfo',
    name: 'xinfoConsumers',
    readOnly: true,
    build: ([key, group]) => [
      'CONSUMERS',
      checkKey('xinfoConsumers', key),
      checkString('xinfoConsumers', 'group', group),
    ],
    keys: subcommandKey,
    reply: toConsumerInfos,
  },
} satisfies DefinitionsOf<IRedisStreamGroupCommands>;
