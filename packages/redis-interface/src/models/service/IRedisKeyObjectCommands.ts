import type { RedisKeyInput } from '../RedisKeys.js';
import type { CopyOptions, RestoreOptions } from '../commands/KeyTypes.js';

/**
 * A key's internals and copies: OBJECT, DUMP/RESTORE, COPY. One key each, except `copy` (two keys in
 * one slot).
 */
export interface IRedisKeyObjectCommands {
  /**
   * COPY (Redis 6.2+): copies the value (and its expiry) to another key. Both keys must share one hash
   * slot; the DB option is not offered (a cluster has database 0 only).
   * @param source - the key copied.
   * @param destination - the new key.
   * @param options - `replace` to overwrite an existing destination.
   * @returns `true` when copied, `false` when the source is missing or the destination exists.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` (cluster, or `strictCrossSlot`)
   *   before anything is sent.
   */
  copy(source: RedisKeyInput, destination: RedisKeyInput, options?: CopyOptions): Promise<boolean>;
  /**
   * OBJECT ENCODING: how Redis stores the value (`embstr`, `int`, `listpack`, `hashtable`…).
   * @param key - the key.
   * @returns the encoding, or `null` when the key does not exist.
   */
  objectEncoding(key: RedisKeyInput): Promise<string | null>;
  /**
   * OBJECT FREQ: the key's logarithmic access counter.
   * @param key - the key.
   * @returns the counter, or `null` when the key does not exist.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `SERVER_ERROR` unless the server's
   *   `maxmemory-policy` is an LFU one.
   */
  objectFreq(key: RedisKeyInput): Promise<number | null>;
  /**
   * OBJECT IDLETIME: seconds since the key was last read or written.
   * @param key - the key.
   * @returns the idle time, or `null` when the key does not exist.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `SERVER_ERROR` when the server's
   *   `maxmemory-policy` is an LFU one.
   */
  objectIdletime(key: RedisKeyInput): Promise<number | null>;
  /**
   * OBJECT REFCOUNT: how many references the value has (shared integers have many).
   * @param key - the key.
   * @returns the count, or `null` when the key does not exist.
   */
  objectRefcount(key: RedisKeyInput): Promise<number | null>;
  /**
   * DUMP: the value serialised in Redis's own format (with its version and checksum), for `restore`.
   * The expiry is not included: read it with `pttl`/`pexpiretime`.
   * @param key - the key.
   * @returns the bytes, or `null` when the key does not exist.
   */
  dump(key: RedisKeyInput): Promise<Buffer | null>;
  /**
   * RESTORE: creates a key from the bytes of `dump` (from any server of the same or an older format).
   * @param key - the key to create.
   * @param serialized - what `dump` returned.
   * @param options - expiry (`ttl` or `expiresAt`: ABSTTL), `replace`, and `idleTime` or `frequency`.
   * @returns `'OK'`.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for bytes that are not a
   * Buffer, `ttl` with `expiresAt`, `idleTime` with `frequency`, or a bad number (nothing is sent);
   * `SERVER_ERROR` when the key exists without `replace` (BUSYKEY) or the payload is corrupt.
   */
  restore(key: RedisKeyInput, serialized: Buffer, options?: RestoreOptions): Promise<'OK'>;
}
