import type { IRedisScriptCommands, RedisValue } from '@org/redis-interface';
import { checkValue } from '../calculations/arguments.js';
import { checkKeyArray, checkString, invalidArgument } from '../calculations/checks.js';
import type { RedisKey } from '../models/DriverTopology.js';
import type { CommandExecutor } from '../services/CommandExecutor.js';
import type { OperationsOf } from '../services/installOperations.js';
import type { RegisteredScript } from '../services/ScriptRegistry.js';

/** EVALSHA, with EVAL when the server does not know the script yet. */
function runRegistered(
  executor: CommandExecutor,
  script: RegisteredScript,
  keys: readonly RedisKey[],
  values: RedisValue[],
): Promise<unknown> {
  const { client } = executor.topology;
  return executor.guard('evalsha', async () => {
    try {
      return await client.call('evalsha', [script.sha, keys.length, ...keys, ...values]);
    } catch (error) {
      // First run on this server (or after SCRIPT FLUSH / failover): send the source once.
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return await client.call('eval', [script.lua, keys.length, ...keys, ...values]);
    }
  });
}

/** Run the script registered as `name`, its arguments checked first (a bad one rejects, counted). */
function runScript(
  executor: CommandExecutor,
  name: string,
  keys: readonly RedisKey[],
  args: readonly RedisValue[] = [],
): Promise<unknown> {
  return executor.checked(
    'evalsha',
    () => {
      const script = executor.parts.scripts.get(
        checkString('runScript', 'name', name),
        checkKeyArray('runScript', keys).length,
      );
      if (keys.length > 0) executor.topology.checkSameSlot(`script ${name}`, keys);
      if (!Array.isArray(args)) throw invalidArgument(`script ${name}`, 'args', args, 'an array of values');
      const values = args.map((arg, index) => checkValue(`script ${name}`, arg, `args[${index}]`));
      return { script, values };
    },
    ({ script, values }) => runRegistered(executor, script, keys, values),
  );
}

/**
 * Lua scripts defined once in the service's `ScriptRegistry` (`executor.parts.scripts`), run by
 * name with EVALSHA (EVAL when the server does not know it yet). The script commands themselves
 * (SCRIPT LOAD, EXISTS, FLUSH, EVAL…) are definitions (`scriptDefinitions`).
 */
export const scriptOperations = {
  defineScript: (executor, definition) => {
    const script = executor.parts.scripts.define(definition);
    return {
      name: script.name,
      numberOfKeys: script.numberOfKeys,
      run: (keys, args) => runScript(executor, script.name, keys, args),
    };
  },
  runScript,
} satisfies OperationsOf<Pick<IRedisScriptCommands, 'defineScript' | 'runScript'>>;
