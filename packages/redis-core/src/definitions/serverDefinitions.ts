import { RedisError, type IRedisServerCommands } from '@org/redis-interface';
import { checkKey, checkString, checkWholeNumber, invalidArgument } from '../calculations/checks.js';
import { parseInfo } from '../calculations/parseInfo.js';
import type { DefinitionsOf } from '../models/CommandDefinition.js';

/** WAITAOF on a server that does not know it (before Redis 7.2): nothing ran. */
function waitAofUnknown(error: unknown): RedisError | undefined {
  if (!(error instanceof Error) || !/^ERR unknown command/i.test(error.message)) return undefined;
  return new RedisError(
    'UNSUPPORTED_BY_SERVER',
    'WAITAOF needs Redis 7.2 or later, and the server does not know it: upgrade it, or use writeDurably without aof. Nothing ran.',
    {
      cause: error,
      details: { command: 'WAITAOF', requirement: 'Redis 7.2 or later', found: 'an older Redis' },
    },
  );
}

/** `timeoutMs` of WAIT/WAITAOF: at least 1, since 0 would block the shared connection forever. */
const waitTimeout = (command: string, timeoutMs: unknown): number =>
  checkWholeNumber(command, 'timeoutMs', timeoutMs, 1);

/**
 * INFO (every master, one record per node) and WAIT/WAITAOF (the shared connection to the master
 * of a key, its deadline grown by the wait).
 */
export const serverDefinitions = {
  info: {
    kind: 'fanOut',
    command: 'info',
    readOnly: true,
    build: ([section]) => (section === undefined ? [] : [checkString('info', 'section', section)]),
    combine: (replies) =>
      Object.fromEntries(replies.map(({ node, reply }) => [node, parseInfo(String(reply))])),
  },
  wait: {
    kind: 'node',
    command: 'wait',
    build: ([key, numreplicas, timeoutMs]) => ({
      key: checkKey('wait', key),
      argv: [checkWholeNumber('wait', 'numreplicas', numreplicas, 0), waitTimeout('wait', timeoutMs)],
    }),
    blocksForMs: ([, , timeoutMs]) => timeoutMs,
    reply: (reply) => Number(reply),
  },
  waitaof: {
    kind: 'node',
    command: 'waitaof',
    build: ([key, numlocal, numreplicas, timeoutMs]) => {
      if (numlocal !== 0 && numlocal !== 1) throw invalidArgument('waitaof', 'numlocal', numlocal, '0 or 1');
      return {
        key: checkKey('waitaof', key),
        argv: [
          numlocal,
          checkWholeNumber('waitaof', 'numreplicas', numreplicas, 0),
          waitTimeout('waitaof', timeoutMs),
        ],
      };
    },
    blocksForMs: ([, , , timeoutMs]) => timeoutMs,
    refusal: waitAofUnknown,
    reply: (reply) => {
      const [local, replicas] = reply as [number, number];
      return { local, replicas };
    },
  },
} satisfies DefinitionsOf<IRedisServerCommands>;
