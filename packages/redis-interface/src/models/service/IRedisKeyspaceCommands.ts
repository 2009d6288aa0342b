import type { FlushDbOptions } from '../commands/FlushDbOptions.js';
import type { ScanOptions } from '../commands/ScanOptions.js';

/**
 * Commands over the whole keyspace. In cluster mode each one covers every master, so the answer is the
 * same as on one server holding all the keys.
 */
export interface IRedisKeyspaceCommands {
  /**
   * Iterates over every key with SCAN (never KEYS). Cluster: every master is scanned, one after the other.
   * `match` is applied after `keyPrefix`, and keys are yielded without it.
   *
   * @remarks
   * SCAN's guarantees apply: a key present during the whole iteration is yielded at least once (rarely
   * twice); keys added or removed meanwhile may or may not be. Stop early with `break`.
   *
   * @param options - MATCH, TYPE and COUNT.
   * @returns an async iterable of keys.
   *
   * @example
   * ```ts
   * for await (const key of redis.scan({ match: 'session:*' })) await redis.unlink(key);
   * ```
   */
  scan(options?: ScanOptions): AsyncIterable<string>;
  /**
   * DBSIZE; in cluster mode the sum over every master. Counts every key, whatever its prefix.
   * @returns the number of keys.
   */
  dbsize(): Promise<number>;
  /**
   * FLUSHDB: deletes every key of the database, on every master in cluster mode, including keys of other
   * applications and other prefixes.
   * @param options - must contain `confirm: 'FLUSHDB'`.
   * @throws {@link RedisError} `CONFIRMATION_REQUIRED` when the confirmation is missing or wrong.
   */
  flushdb(options: FlushDbOptions): Promise<void>;
}
