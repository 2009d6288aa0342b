import type { RedisKeyInput, RedisKeys } from '../RedisKeys.js';
import type { RedisTypeName } from '../RedisKeyType.js';
import type { ExpireCondition } from '../commands/ExpireCondition.js';

/**
 * Generic key commands. `del`, `unlink`, `exists` and `touch` accept keys in any slots: in cluster mode the
 * keys are grouped by slot, groups run in parallel and the counts are summed. An empty list resolves `0`
 * without a round trip.
 *
 * @remarks Cluster, one node down or not answering: these reject (within the command timeout, after the other
 * groups settled) with the failed group's code and `details.split`
 * ({@link @org/redis-interface!RedisSplitFailure | RedisSplitFailure}), instead of resolving a partial count,
 * because the true count is unknowable: the failed group may have run before its reply was lost. The other
 * groups did run (`del`/`unlink`/`touch` applied to their keys); their summed count is
 * `details.split.answeredCount`, a lower bound. Sending the same call again is safe.
 */
export interface IRedisKeyCommands {
  /**
   * DEL.
   * @param keys - one key or several.
   * @returns how many keys were deleted.
   */
  del(keys: RedisKeys): Promise<number>;
  /**
   * UNLINK: like DEL, memory is freed in the background.
   * @param keys - one key or several.
   * @returns how many keys were removed.
   */
  unlink(keys: RedisKeys): Promise<number>;
  /**
   * EXISTS.
   * @param keys - one key or several (a key given twice counts twice).
   * @returns how many of them exist.
   */
  exists(keys: RedisKeys): Promise<number>;
  /**
   * TOUCH: updates the last access time.
   * @param keys - one key or several.
   * @returns how many of them exist.
   */
  touch(keys: RedisKeys): Promise<number>;
  /**
   * EXPIRE.
   * @param key - the key.
   * @param seconds - the TTL; 0 or less deletes the key.
   * @param condition - NX, XX, GT or LT (Redis 7+).
   * @returns `true` when the expiry was set, `false` when the key is missing or the condition not met.
   */
  expire(key: RedisKeyInput, seconds: number, condition?: ExpireCondition): Promise<boolean>;
  /**
   * PEXPIRE.
   * @param key - the key.
   * @param milliseconds - the TTL.
   * @param condition - NX, XX, GT or LT (Redis 7+).
   * @returns `true` when the expiry was set.
   */
  pexpire(key: RedisKeyInput, milliseconds: number, condition?: ExpireCondition): Promise<boolean>;
  /**
   * TTL.
   * @param key - the key.
   * @returns seconds left, `-1` when the key has no expiry, `-2` when it does not exist.
   */
  ttl(key: RedisKeyInput): Promise<number>;
  /**
   * PTTL.
   * @param key - the key.
   * @returns milliseconds left, `-1` when the key has no expiry, `-2` when it does not exist.
   */
  pttl(key: RedisKeyInput): Promise<number>;
  /**
   * PERSIST: removes the expiry.
   * @param key - the key.
   * @returns `true` when an expiry was removed.
   */
  persist(key: RedisKeyInput): Promise<boolean>;
  /**
   * TYPE.
   * @param key - the key.
   * @returns the data type, or `'none'` when the key does not exist.
   */
  type(key: RedisKeyInput): Promise<RedisTypeName>;
  /**
   * RENAME. Both keys must share one hash slot (use a hash tag such as `{user:1}`).
   * @param key - the existing key.
   * @param newKey - the new name (overwritten if it exists).
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` (cluster, or `strictCrossSlot`)
   * before anything is sent; `SERVER_ERROR` when `key` does not exist.
   */
  rename(key: RedisKeyInput, newKey: RedisKeyInput): Promise<'OK'>;
  /**
   * RENAMENX: renames only if `newKey` does not exist. Both keys must share one hash slot.
   * @param key - the existing key.
   * @param newKey - the new name.
   * @returns `true` when renamed, `false` when `newKey` existed.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` (cluster, or `strictCrossSlot`)
   *   before anything is sent.
   */
  renamenx(key: RedisKeyInput, newKey: RedisKeyInput): Promise<boolean>;
  /**
   * EXPIREAT: expires the key at an instant (replaces computing a TTL from the clock).
   * @param key - the key.
   * @param at - a `Date`, or a Unix time in seconds; a past instant deletes the key.
   * @param condition - NX, XX, GT or LT (Redis 7+).
   * @returns `true` when the expiry was set, `false` when the key is missing or the condition not met.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for an invalid `Date` or
   *   a time that is not a whole number.
   */
  expireat(key: RedisKeyInput, at: Date | number, condition?: ExpireCondition): Promise<boolean>;
  /**
   * PEXPIREAT: like `expireat`, to the millisecond.
   * @param key - the key.
   * @param at - a `Date`, or a Unix time in milliseconds.
   * @param condition - NX, XX, GT or LT (Redis 7+).
   * @returns `true` when the expiry was set.
   */
  pexpireat(key: RedisKeyInput, at: Date | number, condition?: ExpireCondition): Promise<boolean>;
  /**
   * EXPIRETIME (Redis 7+): when the key expires.
   * @param key - the key.
   * @returns the Unix time in seconds, `-1` when the key has no expiry, `-2` when it does not exist.
   */
  expiretime(key: RedisKeyInput): Promise<number>;
  /**
   * PEXPIRETIME (Redis 7+): when the key expires, in milliseconds.
   * @param key - the key.
   * @returns the Unix time in milliseconds, `-1` without expiry, `-2` when the key does not exist.
   */
  pexpiretime(key: RedisKeyInput): Promise<number>;
}
