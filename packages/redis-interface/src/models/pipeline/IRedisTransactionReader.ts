import type { RedisKeyInput } from '../RedisKeys.js';
import type { RedisValue } from '../RedisValue.js';

/**
 * Reads that run immediately, on the connection holding the WATCH of a transaction (always the master of
 * the keys' slot, whatever `scaleReads` says). Read the watched keys here, then queue writes on the
 * transaction.
 */
export interface IRedisTransactionReader {
  /**
   * GET.
   * @param key - the key.
   * @returns the value or `null`.
   */
  get(key: RedisKeyInput): Promise<string | null>;
  /**
   * GET, parsed as JSON; see `IRedisJsonCommands.getJson`.
   * @typeParam T - the value type (not checked unless `parse` is given).
   * @param key - the key.
   * @param parse - validates the parsed value and returns it typed.
   * @returns the value or `null`.
   */
  getJson<T = unknown>(key: RedisKeyInput, parse?: (value: unknown) => T): Promise<T | null>;
  /**
   * HGET.
   * @param key - the hash.
   * @param field - the field.
   * @returns the value or `null`.
   */
  hget(key: RedisKeyInput, field: string): Promise<string | null>;
  /**
   * HGETALL.
   * @param key - the hash.
   * @returns the fields; `{}` when the key does not exist.
   */
  hgetall(key: RedisKeyInput): Promise<Record<string, string>>;
  /**
   * EXISTS of one key.
   * @param key - the key.
   * @returns `1` when it exists, `0` otherwise (as `IRedisKeyCommands.exists`).
   */
  exists(key: RedisKeyInput): Promise<number>;
  /**
   * SMEMBERS.
   * @param key - the set.
   * @returns the members.
   */
  smembers(key: RedisKeyInput): Promise<string[]>;
  /**
   * ZSCORE.
   * @param key - the sorted set.
   * @param member - the member.
   * @returns the score or `null`.
   */
  zscore(key: RedisKeyInput, member: RedisValue): Promise<number | null>;
  /**
   * LRANGE.
   * @param key - the list.
   * @param start - first index.
   * @param stop - last index, inclusive.
   * @returns the elements.
   */
  lrange(key: RedisKeyInput, start: number, stop: number): Promise<string[]>;
}
