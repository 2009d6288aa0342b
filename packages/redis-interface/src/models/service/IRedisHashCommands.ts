import type { RedisEntries, RedisValue } from '../RedisValue.js';

/**
 * Hash commands. Each takes one key, so they behave the same in both modes.
 */
export interface IRedisHashCommands {
  /**
   * HGET.
   * @param key - the hash.
   * @param field - the field.
   * @returns the value, or `null` when the field or the key does not exist.
   */
  hget(key: string, field: string): Promise<string | null>;
  /**
   * HGET, returning the raw bytes.
   * @param key - the hash.
   * @param field - the field.
   * @returns the value, or `null`.
   */
  hgetBuffer(key: string, field: string): Promise<Buffer | null>;
  /**
   * HSET.
   * @param key - the hash.
   * @param fields - field to value pairs (at least one).
   * @returns how many fields were added (updated ones are not counted).
   */
  hset(key: string, fields: RedisEntries): Promise<number>;
  /**
   * HSETNX.
   * @param key - the hash.
   * @param field - the field.
   * @param value - the value.
   * @returns `true` when set, `false` when the field existed.
   */
  hsetnx(key: string, field: string, value: RedisValue): Promise<boolean>;
  /**
   * HMGET.
   * @param key - the hash.
   * @param fields - the fields.
   * @returns one value (or `null`) per field, in order.
   */
  hmget(key: string, fields: readonly string[]): Promise<(string | null)[]>;
  /**
   * HGETALL.
   * @param key - the hash.
   * @returns every field; `{}` when the key does not exist.
   */
  hgetall(key: string): Promise<Record<string, string>>;
  /**
   * HGETALL, with values as raw bytes.
   * @param key - the hash.
   * @returns every field; `{}` when the key does not exist.
   */
  hgetallBuffer(key: string): Promise<Record<string, Buffer>>;
  /**
   * HDEL.
   * @param key - the hash.
   * @param fields - one field or several.
   * @returns how many fields were removed.
   */
  hdel(key: string, fields: string | readonly string[]): Promise<number>;
  /**
   * HEXISTS.
   * @param key - the hash.
   * @param field - the field.
   * @returns whether the field exists.
   */
  hexists(key: string, field: string): Promise<boolean>;
  /**
   * HINCRBY.
   * @param key - the hash.
   * @param field - the field (created at 0).
   * @param increment - an integer.
   * @returns the new value.
   */
  hincrby(key: string, field: string, increment: number): Promise<number>;
  /**
   * HINCRBYFLOAT.
   * @param key - the hash.
   * @param field - the field (created at 0).
   * @param increment - a number.
   * @returns the new value.
   */
  hincrbyfloat(key: string, field: string, increment: number): Promise<number>;
  /**
   * HKEYS.
   * @param key - the hash.
   * @returns the field names.
   */
  hkeys(key: string): Promise<string[]>;
  /**
   * HVALS.
   * @param key - the hash.
   * @returns the values.
   */
  hvals(key: string): Promise<string[]>;
  /**
   * HLEN.
   * @param key - the hash.
   * @returns the number of fields.
   */
  hlen(key: string): Promise<number>;
}
