import type { RedisKeyInput } from '../RedisKeys.js';
import type { RedisValue } from '../RedisValue.js';
import type { ScriptFlushOptions } from '../commands/ScriptTypes.js';
import type { RedisScript, RedisScriptDefinition } from '../scripts/RedisScript.js';

/**
 * Lua scripts, defined once with their keys and called by handle or by name, or sent as they are
 * (EVAL, EVALSHA). Cluster-safe: a script runs on the master of its keys' slot, so its keys must share one
 * hash slot; the script cache commands (SCRIPT LOAD, EXISTS, FLUSH) go to every master, since each node
 * has a cache of its own.
 *
 * @remarks
 * `eval`, `evalRo`, `evalsha` and `evalshaRo` take the keys (`KEYS`, without `keyPrefix`: the driver adds
 * it) and the arguments (`ARGV`) as two lists. The keys must share one hash slot: `CROSS_SLOT` before
 * sending in cluster mode and with `strictCrossSlot`. Without keys the script runs on a master the cluster
 * client picks. Replies are decoded as the driver decodes them (integers as numbers, bulk strings as text,
 * nil as `null`, tables as arrays); not checked at run time. They can be queued (pipelines, transactions).
 */
export interface IRedisScriptCommands {
  /**
   * Registers a script. Defining the same name again with the same Lua returns an equivalent handle.
   *
   * @typeParam TArgs - the `ARGV` values.
   * @typeParam TResult - what the script returns (not checked at run time).
   * @param definition - name, Lua source and keys.
   * @returns a handle whose `run` calls the script.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` when the name is taken by
   *   another script.
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
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for an unknown name or a
   * wrong number of keys; `CROSS_SLOT` (cluster, or `strictCrossSlot`) before anything is sent.
   */
  runScript<TResult = unknown>(
    name: string,
    keys: readonly RedisKeyInput[],
    args?: readonly RedisValue[],
  ): Promise<TResult>;
  /**
   * EVAL: runs Lua source.
   *
   * @typeParam TResult - what the script returns (not checked at run time).
   * @param script - the Lua source.
   * @param keys - the `KEYS`, in one hash slot.
   * @param args - the `ARGV` (default none).
   * @returns the script's reply.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` (script not a string,
   * keys not a list of keys, an argument not a value), `CROSS_SLOT`, before anything is sent; `SERVER_ERROR`
   * when the script fails.
   */
  eval<TResult = unknown>(
    script: string,
    keys: readonly RedisKeyInput[],
    args?: readonly RedisValue[],
  ): Promise<TResult>;
  /**
   * EVAL_RO: like {@link IRedisScriptCommands.eval} for a script that only reads (the server refuses a
   * write in it); may be served by a replica when reads go to replicas.
   *
   * @typeParam TResult - what the script returns.
   * @param script - the Lua source.
   * @param keys - the `KEYS`, in one hash slot.
   * @param args - the `ARGV`.
   * @returns the script's reply.
   * @throws {@link @org/redis-interface!RedisError | RedisError} as `eval`; `SERVER_ERROR` when the script
   *   writes.
   */
  evalRo<TResult = unknown>(
    script: string,
    keys: readonly RedisKeyInput[],
    args?: readonly RedisValue[],
  ): Promise<TResult>;
  /**
   * EVALSHA: runs a script the node has cached (`scriptLoad`) by its SHA1. Unlike `runScript`, nothing is
   * re-sent when the node does not know it.
   *
   * @typeParam TResult - what the script returns.
   * @param sha - the script's SHA1 (from `scriptLoad`).
   * @param keys - the `KEYS`, in one hash slot.
   * @param args - the `ARGV`.
   * @returns the script's reply.
   * @throws {@link @org/redis-interface!RedisError | RedisError} as `eval`; `NO_SCRIPT` when the node serving
   * the keys does not have it (load it with `scriptLoad`, which loads it on every master).
   */
  evalsha<TResult = unknown>(
    sha: string,
    keys: readonly RedisKeyInput[],
    args?: readonly RedisValue[],
  ): Promise<TResult>;
  /**
   * EVALSHA_RO: {@link IRedisScriptCommands.evalsha} for a script that only reads. `scriptLoad` loads on
   * masters only: with reads sent to replicas, a replica may answer `NO_SCRIPT` (use `evalRo` there).
   *
   * @typeParam TResult - what the script returns.
   * @param sha - the script's SHA1.
   * @param keys - the `KEYS`, in one hash slot.
   * @param args - the `ARGV`.
   * @returns the script's reply.
   * @throws {@link @org/redis-interface!RedisError | RedisError} as `evalsha`.
   */
  evalshaRo<TResult = unknown>(
    sha: string,
    keys: readonly RedisKeyInput[],
    args?: readonly RedisValue[],
  ): Promise<TResult>;
  /**
   * SCRIPT LOAD: caches a script without running it. Cluster: on every master (each has its own cache), so
   * `evalsha` finds it whatever the slot of its keys. A master added later does not have it.
   *
   * @param script - the Lua source.
   * @returns its SHA1, for `evalsha`.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` when `script` is not a
   * string; `SERVER_ERROR` when it does not compile.
   */
  scriptLoad(script: string): Promise<string>;
  /**
   * SCRIPT EXISTS. Cluster: asked of every master; a script counts as cached only where EVERY master has it
   * (where `evalsha` works whatever the keys).
   *
   * @param shas - SHA1s.
   * @returns one boolean per SHA1, in order: `true` when every master has the script cached.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` when `shas` is not a
   *   non-empty list of strings.
   */
  scriptExists(shas: readonly string[]): Promise<boolean[]>;
  /**
   * SCRIPT FLUSH: empties the script cache, on every master in cluster mode. Scripts of `defineScript` keep
   * working (they are re-sent on NOSCRIPT); `evalsha` of a flushed script fails with `NO_SCRIPT`.
   *
   * @param options - `async` for SCRIPT FLUSH ASYNC.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for bad options.
   */
  scriptFlush(options?: ScriptFlushOptions): Promise<void>;
}
