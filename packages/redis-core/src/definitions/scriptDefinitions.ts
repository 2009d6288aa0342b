import type { IRedisScriptCommands, ScriptFlushOptions } from '@org/redis-interface';
import { checkFlag, checkOptions, checkString, invalidArgument } from '../calculations/checks.js';
import type { CommandDefinition, DefinitionsOf } from '../models/CommandDefinition.js';
import { scriptCallArguments, scriptKeys, type ScriptCallArgs } from './scriptArguments.js';

/** EVAL, EVALSHA and their read-only forms: one slot (their keys), routed by the first key. */
function scriptCall(
  command: string,
  member: string,
  targetName: string,
  readOnly = false,
): CommandDefinition<ScriptCallArgs> {
  return {
    command,
    ...(member === command ? {} : { name: member }),
    ...(readOnly ? { readOnly: true as const } : {}),
    build: scriptCallArguments(member, targetName),
    keys: scriptKeys,
  };
}

/** `SYNC` or `ASYNC` from `{ async }`. */
export const flushMode = (command: string, options: ScriptFlushOptions | undefined): string =>
  checkFlag(command, 'options.async', checkOptions(command, options).async) ? 'ASYNC' : 'SYNC';

/**
 * EVAL/EVALSHA (one slot) and the script cache commands, sent to every master (each node has a
 * cache of its own). `defineScript`/`runScript` are operations over the script registry (`scriptOperations`).
 */
export const scriptDefinitions = {
  eval: scriptCall('eval', 'eval', 'script'),
  evalRo: scriptCall('eval_ro', 'evalRo', 'script', true),
  evalsha: scriptCall('evalsha', 'evalsha', 'sha'),
  evalshaRo: scriptCall('evalsha_ro', 'evalshaRo', 'sha', true),
  scriptLoad: {
    kind: 'fanOut',
    command: 'script',
    name: 'scriptLoad',
    build: ([script]) => ['LOAD', checkString('scriptLoad', 'script', script)],
    // Every master hashes the same source to the same SHA1.
    combine: (replies) => String(replies[0]?.reply),
  },
  scriptExists: {
    kind: 'fanOut',
    command: 'script',
    name: 'scriptExists',
    readOnly: true,
    build: ([shas]) => {
      if (!Array.isArray(shas) || shas.length === 0)
        throw invalidArgument('scriptExists', 'shas', shas, 'a non-empty array of SHA1 strings');
      return ['EXISTS', ...shas.map((sha, index) => checkString('scriptExists', `shas[${index}]`, sha))];
    },
    // Cached only where every master has it: evalsha works there whatever the keys' slot.
    combine: (replies, [shas]) =>
      shas.map((_, index) => replies.every(({ reply }) => (reply as number[])[index] === 1)),
  },
  scriptFlush: {
    kind: 'fanOut',
    command: 'script',
    name: 'scriptFlush',
    build: ([options]) => ['FLUSH', flushMode('scriptFlush', options)],
    combine: () => undefined,
  },
} satisfies DefinitionsOf<Omit<IRedisScriptCommands, 'defineScript' | 'runScript'>>;
