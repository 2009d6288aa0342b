import type { RedisValue } from '../RedisValue.js';
import type { RedisScript, RedisScriptDefinition } from '../scripts/RedisScript.js';

/**
 * Lua scripts, defined once with their keys and called by handle or by name. Cluster-safe: a script runs
 * on the master of its keys' slot, so its keys must share one hash slot.
 */
export interface IRedisScriptCommands {
  /**
   * Registers a script. Defining the same name again with the same Lua returns an equivalent handle.
   *
   * @typeParam TArgs - the `ARGV` values.
   * @typeParam TResult - what the script returns (not checked at run time).
   * @param definition - name, Lua source and keys.
   * @returns a handle whose `run` calls the script.
   * @throws {@link RedisError} `INVALID_ARGUMENT` when the name is taken by another script.
   */
  defineScript<TArgs extends readonly RedisValue[] = readonly RedisValue[], TResult = unknown>(
    definition: RedisScriptDefinition,
  ): RedisScript<TArgs, TResult>;
  /**
   * Runs a script registered with `defineScript`, by name.
   *
   * @typeParam TResult - what the script returns (not checked at run time).
   * @param name - the script's name.
   * @param keys - the `KEYS`, in one hash slot.
   * @param args - the `ARGV`.
   * @returns the script's reply.
   * @throws {@link RedisError} `INVALID_ARGUMENT` for an unknown name or a wrong number of keys;
   * `CROSS_SLOT` (cluster, or `strictCrossSlot`) before anything is sent.
   */
  runScript<TResult = unknown>(
    name: string,
    keys: readonly string[],
    args?: readonly RedisValue[],
  ): Promise<TResult>;
}
