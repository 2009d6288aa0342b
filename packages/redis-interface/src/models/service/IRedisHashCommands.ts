import type { RedisKeyInput } from '../RedisKeys.js';
import type { HashEntry, HRandFieldOptions } from '../commands/HashTypes.js';
import type { KeyScanOptions } from '../commands/KeyScanOptions.js';
import type { RedisEntries, RedisValue } from '../RedisValue.js';

/**
 * Hash commands. Each takes one key, so they behave the same in both modes: in a cluster each is sent
 * to the master serving the key's slot. Fields are checked like keys (a string or a Buffer).
 */
export interface IRedisHashCommands {
  /**
   * HGET.
   * @param key - the hash.
   * @param field - the field.
   * @returns the value, or `null` when the field or the key does not exist.
   */
  hget(key: RedisKeyInput, field: string): Promise<string | null>;
  /**
   * HGET, returning the raw bytes.
   * @param key - the hash.
   * @param field - the field.
   * @returns the value, or `null`.
   * @deprecated Use `redis.bytes.hget(key, field)`
   *   ({@link @org/redis-interface!IRedisBytesView | IRedisBytesView}) instead: the same reply.
   */
  hgetBuffer(key: RedisKeyInput, field: string): Promise<Buffer | null>;
  /**
   * HSET (also what HMSET did: any number of fields at once).
   * @param key - the hash.
   * @param fields - field to value pairs (at least one).
   * @returns how many fields were added (updated ones are not counted).
   */
  hset(key: RedisKeyInput, fields: RedisEntries): Promise<number>;
  /**
   * HSETNX.
   * @param key - the hash.
   * @param field - the field.
   * @param value - the value.
   * @returns `true` when set, `false` when the field existed.
   */
  hsetnx(key: RedisKeyInput, field: string, value: RedisValue): Promise<boolean>;
  /**
   * HMGET.
   * @param key - the hash.
   * @param fields - the fields.
   * @returns one value (or `null`) per field, in order.
   */
  hmget(key: RedisKeyInput, fields: readonly string[]): Promise<(string | null)[]>;
  /**
   * HGETALL.
   * @param key - the hash.
   * @returns every field; `{}` when the key does not exist.
   */
  hgetall(key: RedisKeyInput): Promise<Record<string, string>>;
  /**
   * HGETALL, with values as raw bytes.
   * @param key - the hash.
   * @returns every field; `{}` when the key does not exist.
   * @deprecated Use `redis.bytes.hgetall(key)`
   * ({@link @org/redis-interface!IRedisBytesView | IRedisBytesView}) instead: the same reply (field names as
   * text, values as Buffers).
   */
  hgetallBuffer(key: RedisKeyInput): Promise<Record<string, Buffer>>;
  /**
   * HDEL.
   * @param key - the hash.
   * @param fields - one field or several.
   * @returns how many fields were removed.
   */
  hdel(key: RedisKeyInput, fields: string | readonly string[]): Promise<number>;
  /**
   * HEXISTS.
   * @param key - the hash.
   * @param field - the field.
   * @returns whether the field exists.
   */
  hexists(key: RedisKeyInput, field: string): Promise<boolean>;
  /**
   * HINCRBY.
   * @param key - the hash.
   * @param field - the field (created at 0).
   * @param increment - an integer.
   * @returns the new value.
   */
  hincrby(key: RedisKeyInput, field: string, increment: number): Promise<number>;
  /**
   * HINCRBYFLOAT.
   * @param key - the hash.
   * @param field - the field (created at 0).
   * @param increment - a number.
   * @returns the new value.
   */
  hincrbyfloat(key: RedisKeyInput, field: string, increment: number): Promise<number>;
  /**
   * HKEYS.
   * @param key - the hash.
   * @returns the field names.
   */
  hkeys(key: RedisKeyInput): Promise<string[]>;
  /**
   * HVALS.
   * @param key - the hash.
   * @returns the values.
   */
  hvals(key: RedisKeyInput): Promise<string[]>;
  /**
   * HLEN.
   * @param key - the hash.
   * @returns the number of fields.
   */
  hlen(key: RedisKeyInput): Promise<number>;
  /**
   * HSTRLEN: the length of a field's value.
   * @param key - the hash.
   * @param field - the field.
   * @returns the value's length in bytes; `0` when the field or the key does not exist.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` when `field` is not a
   *   string or a Buffer.
   */
  hstrlen(key: RedisKeyInput, field: string): Promise<number>;
  /**
   * HRANDFIELD of one random field, not removed.
   * @param key - the hash.
   * @returns the field, or `null` when the key does not exist.
   */
  hrandfield(key: RedisKeyInput): Promise<string | null>;
  /**
   * HRANDFIELD of several random fields with their values (`count` and WITHVALUES).
   * @param key - the hash.
   * @param options - `count` (negative: exactly `-count` pairs, fields may repeat) and `withValues: true`.
   * @returns `[field, value]` pairs; `[]` when the key does not exist or `count` is 0.
   */
  hrandfield(
    key: RedisKeyInput,
    options: HRandFieldOptions & { readonly withValues: true },
  ): Promise<HashEntry[]>;
  /**
   * HRANDFIELD of several random field names (`count`).
   * @param key - the hash.
   * @param options - `count`: positive for distinct fields, negative for exactly `-count` fields that may
   * repeat.
   * @returns the fields; `[]` when the key does not exist or `count` is 0.
   */
  hrandfield(
    key: RedisKeyInput,
    options: HRandFieldOptions & { readonly withValues?: false },
  ): Promise<string[]>;
  /**
   * HRANDFIELD: random fields, not removed. One key: sent to the master of its slot in a cluster (or a
   * replica with `scaleReads`).
   *
   * @param key - the hash.
   * @param options - none for one field; `count` for several (positive: distinct, at most the hash's
   * size; negative: exactly `-count`, a field may come more than once); `withValues` for `[field, value]`
   * pairs instead of names.
   * @returns without options, one field or `null` (no such key); with `count`, a list of field names or,
   * with `withValues`, of {@link HashEntry} pairs (`[]` for no such key).
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` when `options` is not an
   * object, `count` is missing or not a whole number, or `withValues` is not a boolean; nothing is sent.
   */
  hrandfield(
    key: RedisKeyInput,
    options?: HRandFieldOptions,
  ): Promise<string | null | string[] | HashEntry[]>;
  /**
   * Iterates over the fields of one hash with HSCAN (never HGETALL of a huge hash at once). One key: every
   * page is sent to the node serving the key's slot in a cluster. The next page is requested while the
   * caller handles the current one. Not queueable on pipelines or transactions.
   *
   * @remarks
   * HSCAN's guarantees apply: a field present during the whole iteration is yielded at least once (rarely
   * twice); fields added or removed meanwhile may or may not be. Small hashes come back in one page. Stop
   * early with `break`: no further page is requested.
   *
   * @param key - the hash.
   * @param options - `match` (a glob over field names) and `count` (a hint per page, default 100).
   * @returns an async iterable of `[field, value]` pairs ({@link HashEntry}); nothing for a missing key.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` (from the first `next()`,
   * nothing sent) when `key` is not a string or Buffer, `options` is not an object, `match` is not a string
   * or `count` is not a whole number `>= 1`; `WRONG_TYPE` when the key is not a hash. Each page has the
   * command timeout.
   *
   * @example
   * ```ts
   * for await (const [field, value] of redis.hscan('sessions', { match: 'user:*' })) console.log(field, value);
   * ```
   */
  hscan(key: RedisKeyInput, options?: KeyScanOptions): AsyncIterable<HashEntry>;
}
