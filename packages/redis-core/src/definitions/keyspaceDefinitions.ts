import { RedisError, type FlushDbOptions, type IRedisKeyspaceCommands } from '@org/redis-interface';
import { checkFlag } from '../calculations/checks.js';
import type { DefinitionsOf } from '../models/CommandDefinition.js';
import { noArguments } from './shapes.js';

/**
 * DBSIZE and FLUSHDB over the whole keyspace: every master in a cluster (sums; every master
 * flushed). SCAN (the iterator and the per-node pages) is written over the executor
 * (`keyspaceScanOperations`), not as definitions.
 */
export const keyspaceDefinitions = {
  dbsize: {
    kind: 'fanOut',
    command: 'dbsize',
    readOnly: true,
    build: noArguments,
    combine: (replies) => replies.reduce((sum, { reply }) => sum + (reply as number), 0),
  },
  flushdb: {
    kind: 'fanOut',
    command: 'flushdb',
    build: ([options]) => {
      if ((options as Partial<FlushDbOptions> | null | undefined)?.confirm !== 'FLUSHDB') {
        throw new RedisError(
          'CONFIRMATION_REQUIRED',
          "FLUSHDB deletes every key of the database: call flushdb({ confirm: 'FLUSHDB' }).",
        );
      }
      return checkFlag('flushdb', 'options.async', options.async) ? ['ASYNC'] : ['SYNC'];
    },
    combine: () => undefined,
  },
} satisfies DefinitionsOf<Omit<IRedisKeyspaceCommands, 'scan' | 'scanNodes' | 'scanPage'>>;
