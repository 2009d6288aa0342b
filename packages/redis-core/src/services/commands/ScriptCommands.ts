import type {
  IRedisScriptCommands,
  RedisScript,
  RedisScriptDefinition,
  RedisValue,
} from '@org/redis-interface';
import { checkValue } from '../../calculations/arguments.js';
import { checkKeyArray, checkString, invalidArgument } from '../../calculations/checks.js';
import type { RedisKey } from '../../models/DriverTopology.js';
import { ScriptRegistry, type RegisteredScript } from '../ScriptRegistry.js';
import { sendArgv } from '../sendArgv.js';
import { KeyspaceCommands } from './KeyspaceCommands.js';

/** Lua scripts defined once, run by name with EVALSHA (EVAL when the server does not know it yet). */
export abstract class ScriptCommands
  extends KeyspaceCommands
  implements Pick<IRedisScriptCommands, 'defineScript' | 'runScript'>
{
  private readonly scripts = new ScriptRegistry();

  public defineScript<TArgs extends readonly RedisValue[] = readonly RedisValue[], TResult = unknown>(
    definition: RedisScriptDefinition,
  ): RedisScript<TArgs, TResult> {
    const script = this.scripts.define(definition);
    return {
      name: script.name,
      numberOfKeys: script.numberOfKeys,
      run: (keys, args) => this.runScript<TResult>(script.name, keys, args),
    };
  }

  public runScript<TResult = unknown>(
    name: string,
    keys: readonly RedisKey[],
    args: readonly RedisValue[] = [],
  ): Promise<TResult> {
    return this.checked(
      'evalsha',
      () => {
        const script = this.scripts.get(
          checkString('runScript', 'name', name),
          checkKeyArray('runScript', keys).length,
        );
        if (keys.length > 0) this.topology.checkSameSlot(`script ${name}`, keys);
        if (!Array.isArray(args)) throw invalidArgument(`script ${name}`, 'args', args, 'an array of values');
        const values = args.map((arg, index) => checkValue(`script ${name}`, arg, `args[${index}]`));
        return { script, values };
      },
      ({ script, values }) => this.runRegistered<TResult>(script, keys, values),
    );
  }

  /** EVALSHA, with EVAL when the server does not know the script yet. */
  private runRegistered<TResult>(
    script: RegisteredScript,
    keys: readonly RedisKey[],
    values: RedisValue[],
  ): Promise<TResult> {
    return this.guard('evalsha', async () => {
      try {
        return (await sendArgv(
          this.topology,
          'evalsha',
          [script.sha, keys.length, ...keys, ...values],
          keys[0],
          false,
        )) as TResult;
      } catch (error) {
        // First run on this server (or after SCRIPT FLUSH / failover): send the source once.
        if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
        return (await sendArgv(
          this.topology,
          'eval',
          [script.lua, keys.length, ...keys, ...values],
          keys[0],
          false,
        )) as TResult;
      }
    });
  }
}
