import type { FunctionRestorePolicy, IRedisFunctionCommands } from '@org/redis-interface';
import {
  checkFlag,
  checkOptionalChoice,
  checkOptions,
  checkString,
  invalidArgument,
} from '../calculations/checks.js';
import type { DefinitionsOf, NodeReply } from '../models/CommandDefinition.js';
import { librariesOnEveryMaster, statsPerNode } from './functionReplies.js';
import { scriptCallArguments, scriptKeys } from './scriptArguments.js';
import { flushMode } from './scriptDefinitions.js';

const policies: readonly FunctionRestorePolicy[] = ['APPEND', 'REPLACE', 'FLUSH'];
const done = (): undefined => undefined;
/** Every master loads the same library, so each answers its name. */
const firstReply = (replies: readonly NodeReply[]): string => String(replies[0]?.reply);

/**
 * FCALL (one slot, routed by its keys) and the FUNCTION subcommands that change the libraries, sent
 * to every master: a cluster does not copy libraries between masters.
 */
export const functionDefinitions = {
  fcall: { command: 'fcall', build: scriptCallArguments('fcall', 'name'), keys: scriptKeys },
  fcallRo: {
    command: 'fcall_ro',
    name: 'fcallRo',
    readOnly: true,
    build: scriptCallArguments('fcallRo', 'name'),
    keys: scriptKeys,
  },
  functionLoad: {
    kind: 'fanOut',
    command: 'function',
    name: 'functionLoad',
    build: ([code, options]) => {
      const replace = checkFlag(
        'functionLoad',
        'options.replace',
        checkOptions('functionLoad', options).replace,
      );
      const source = checkString('functionLoad', 'code', code);
      return replace ? ['LOAD', 'REPLACE', source] : ['LOAD', source];
    },
    combine: firstReply,
  },
  functionDelete: {
    kind: 'fanOut',
    command: 'function',
    name: 'functionDelete',
    build: ([library]) => ['DELETE', checkString('functionDelete', 'library', library)],
    combine: done,
  },
  functionFlush: {
    kind: 'fanOut',
    command: 'function',
    name: 'functionFlush',
    build: ([options]) => ['FLUSH', flushMode('functionFlush', options)],
    combine: done,
  },
  functionList: {
    kind: 'fanOut',
    command: 'function',
    name: 'functionList',
    readOnly: true,
    build: ([options]) => {
      const { libraryName, withCode } = checkOptions('functionList', options);
      const argv = ['LIST'];
      if (libraryName !== undefined)
        argv.push('LIBRARYNAME', checkString('functionList', 'options.libraryName', libraryName));
      if (checkFlag('functionList', 'options.withCode', withCode)) argv.push('WITHCODE');
      return argv;
    },
    combine: librariesOnEveryMaster,
  },
  functionStats: {
    kind: 'fanOut',
    command: 'function',
    name: 'functionStats',
    readOnly: true,
    build: () => ['STATS'],
    combine: statsPerNode,
  },
  functionDump: {
    command: 'function',
    name: 'functionDump',
    readOnly: true,
    buffer: true,
    build: () => ['DUMP'],
    keys: 0,
  },
  functionRestore: {
    kind: 'fanOut',
    command: 'function',
    name: 'functionRestore',
    build: ([payload, options]) => {
      if (!Buffer.isBuffer(payload))
        throw invalidArgument('functionRestore', 'payload', payload, 'a Buffer from functionDump()');
      const policy = checkOptionalChoice(
        'functionRestore',
        'options.policy',
        checkOptions('functionRestore', options).policy,
        policies,
      );
      return policy === undefined ? ['RESTORE', payload] : ['RESTORE', payload, policy];
    },
    combine: done,
  },
} satisfies DefinitionsOf<IRedisFunctionCommands>;
