import type { RedisKeyInput } from '../RedisKeys.js';
import type { RedisValue } from '../RedisValue.js';

/**
 * A Lua script to register with `defineScript`.
 */
export interface RedisScriptDefinition {
  /** Unique name, used by `runScript` and in error messages. */
  readonly name: string;
  /** The Lua source. It must touch only the keys it receives in `KEYS`. */
  readonly lua: string;
  /**
   * How many keys the script takes, or their names in `KEYS` order (names only document the call and
   * appear in error messages). `run` is rejected with `INVALID_ARGUMENT` when the count differs.
   */
  readonly keys: number | readonly string[];
}

/**
 * A registered Lua script, run with EVALSHA and re-sent with EVAL when the server does not know it yet
 * (NOSCRIPT, e.g. after a restart or on a new cluster node).
 *
 * @typeParam TArgs - the `ARGV` values the script expects.
 * @typeParam TResult - what the script returns, as the driver decodes it (integers become numbers, bulk
 * strings strings, nil `null`, arrays arrays). Not checked at run time.
 */
export interface RedisScript<TArgs extends readonly RedisValue[] = readonly RedisValue[], TResult = unknown> {
  /** The script's name. */
  readonly name: string;
  /** How many keys `run` expects. */
  readonly numberOfKeys: number;
  /**
   * Run the script.
   *
   * @param keys - the `KEYS`, without `keyPrefix` (the driver adds it). They must share one hash slot in
   * cluster mode (and in standalone mode with `strictCrossSlot`), else `CROSS_SLOT` is thrown before
   * anything is sent. A script without keys runs on an arbitrary master.
   * @param args - the `ARGV`.
   * @returns the script's reply.
   * @throws {@link RedisError} `INVALID_ARGUMENT` when `keys` has the wrong length, `CROSS_SLOT`, or
   * `SERVER_ERROR` when the script fails.
   */
  run(keys: readonly RedisKeyInput[], args: TArgs): Promise<TResult>;
}
