import type { RedisKeyInput } from '../RedisKeys.js';
import type { RedisEntries, RedisValue } from '../RedisValue.js';
import type { SetCondition, SetOptions } from '../commands/SetOptions.js';
import type { GetExOptions } from '../commands/StringTypes.js';

/**
 * String commands. Multi-key ones (`mget`, `mset`) work across slots in cluster mode; `msetnx` needs one slot.
 */
export interface IRedisStringCommands {
  /**
   * GET.
   * @param key - the key.
   * @returns the value as UTF-8 text, or `null` when the key does not exist.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `WRONG_TYPE` when the key is not a string.
   */
  get(key: RedisKeyInput): Promise<string | null>;
  /**
   * GET, returning the raw bytes.
   * @param key - the key.
   * @returns the value, or `null` when the key does not exist.
   * @deprecated Use `redis.bytes.get(key)` ({@link @org/redis-interface!IRedisBytesView | IRedisBytesView})
   * instead: the same reply, and the same view covers every command that returns strings.
   */
  getBuffer(key: RedisKeyInput): Promise<Buffer | null>;
  /**
   * SET … GET: writes and resolves to the previous value (`null` when there was none).
   * @param key - the key.
   * @param value - the new value.
   * @param options - `get: true`, plus expiry and condition.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for an invalid TTL or
   *   date (nothing is sent).
   */
  set(
    key: RedisKeyInput,
    value: RedisValue,
    options: SetOptions & { readonly get: true },
  ): Promise<string | null>;
  /**
   * SET NX / SET XX: resolves `'OK'`, or `null` when the condition prevented the write.
   * @param key - the key.
   * @param value - the value.
   * @param options - the condition, plus expiry.
   */
  set(
    key: RedisKeyInput,
    value: RedisValue,
    options: SetOptions & { readonly condition: SetCondition; readonly get?: false },
  ): Promise<'OK' | null>;
  /**
   * SET without condition: always writes.
   * @param key - the key.
   * @param value - the value.
   * @param options - expiry (without expiry the key loses any TTL it had).
   */
  set(
    key: RedisKeyInput,
    value: RedisValue,
    options?: SetOptions & { readonly condition?: never; readonly get?: false },
  ): Promise<'OK'>;
  /**
   * SET with options only known at run time.
   * @param key - the key.
   * @param value - the value.
   * @param options - any {@link SetOptions}.
   * @returns `'OK'`, `null` (condition not met, or no previous value with `get`), or the previous value.
   */
  set(key: RedisKeyInput, value: RedisValue, options?: SetOptions): Promise<string | null>;
  /**
   * MGET. Cluster: keys are grouped by slot, one MGET per slot, sent as one pipeline per master (one round
   * trip per node, nodes in parallel), results merged in the caller's order.
   * @param keys - the keys; an empty list resolves `[]` without a round trip.
   * @returns one value (or `null`) per key, in order.
   * @throws {@link @org/redis-interface!RedisError | RedisError} of the failed group (`COMMAND_TIMEOUT`,
   * `CONNECTION_FAILED`, `CLUSTER_DOWN`…) when a node serving some of the keys does not answer: after the
   * other groups settled, within the command timeout, with `details.split`
   * ({@link @org/redis-interface!RedisSplitFailure | RedisSplitFailure}) naming the keys, slots and nodes
   * that failed. No partial list: a value missing for a reason other than a missing key would read as `null`.
   */
  mget(keys: readonly RedisKeyInput[]): Promise<(string | null)[]>;
  /**
   * MGET, returning raw bytes; same cluster behaviour as `mget`.
   * @param keys - the keys.
   * @returns one Buffer (or `null`) per key, in order.
   * @deprecated Use `redis.bytes.mget(keys)` ({@link @org/redis-interface!IRedisBytesView | IRedisBytesView})
   *   instead: the same reply.
   */
  mgetBuffer(keys: readonly RedisKeyInput[]): Promise<(Buffer | null)[]>;
  /**
   * MSET. Cluster: split by slot and run in parallel, so it is NOT atomic across slots (a reader may see
   * some keys written and not others; a failure may leave a part written). Use one hash tag if that matters.
   * @param entries - key to value pairs.
   * @throws {@link @org/redis-interface!RedisError | RedisError} of the failed group when a node does not
   * answer (as `mget`): `details.split` names the keys whose group failed; the keys of the other groups were
   * written, nothing is rolled back.
   */
  mset(entries: RedisEntries): Promise<'OK'>;
  /**
   * MSETNX: writes all keys only if none exists. Atomic, so every key must share one hash slot.
   * @param entries - key to value pairs.
   * @returns `true` when written, `false` when a key already existed.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` (cluster, or `strictCrossSlot`)
   *   before anything is sent.
   */
  msetnx(entries: RedisEntries): Promise<boolean>;
  /**
   * INCR.
   * @param key - the key (created at 0 when missing).
   * @returns the new value.
   */
  incr(key: RedisKeyInput): Promise<number>;
  /**
   * INCRBY.
   * @param key - the key.
   * @param increment - an integer, may be negative.
   * @returns the new value.
   */
  incrby(key: RedisKeyInput, increment: number): Promise<number>;
  /**
   * INCRBYFLOAT.
   * @param key - the key.
   * @param increment - a number, may be negative.
   * @returns the new value.
   */
  incrbyfloat(key: RedisKeyInput, increment: number): Promise<number>;
  /**
   * DECR.
   * @param key - the key.
   * @returns the new value.
   */
  decr(key: RedisKeyInput): Promise<number>;
  /**
   * DECRBY.
   * @param key - the key.
   * @param decrement - an integer.
   * @returns the new value.
   */
  decrby(key: RedisKeyInput, decrement: number): Promise<number>;
  /**
   * GETDEL: reads and deletes.
   * @param key - the key.
   * @returns the value it had, or `null`.
   */
  getdel(key: RedisKeyInput): Promise<string | null>;
  /**
   * APPEND.
   * @param key - the key.
   * @param value - appended to the current value.
   * @returns the new length in bytes.
   */
  append(key: RedisKeyInput, value: RedisValue): Promise<number>;
  /**
   * STRLEN.
   * @param key - the key.
   * @returns the length in bytes, `0` when missing.
   */
  strlen(key: RedisKeyInput): Promise<number>;
  /**
   * GETEX: reads the value and changes the key's expiry in one step (replaces GET followed by EXPIRE).
   * SETNX, SETEX, PSETEX and GETSET have no member of their own: they are `set` options
   * (`condition: 'NX'`, `ttl`, `get: true`).
   * @param key - the key.
   * @param options - `ttl`, `expiresAt` or `persist`; none leaves the expiry as it is.
   * @returns the value, or `null` when the key does not exist (no expiry is set then).
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for a TTL that is not a
   * positive whole number, an invalid date or several expiry options (nothing is sent); `WRONG_TYPE` when the
   * key is not a string.
   */
  getex(key: RedisKeyInput, options?: GetExOptions): Promise<string | null>;
}
