import type { FlushDbOptions } from '../commands/FlushDbOptions.js';
import type { ScanOptions } from '../commands/ScanOptions.js';
import type { ScanPage } from '../commands/ScanPage.js';

/**
 * Commands over the whole keyspace. In cluster mode each one covers every master, so the answer is the
 * same as on one server holding all the keys.
 */
export interface IRedisKeyspaceCommands {
  /**
   * Iterates over every key with SCAN (never KEYS). Cluster: every master is scanned, one after the other.
   * `match` is applied after `keyPrefix` (the prefix matched literally: its `*`, `?`, `[`, `]` are escaped), and
   * keys are yielded without it.
   *
   * @remarks
   * SCAN's guarantees apply: a key present during the whole iteration is yielded at least once (rarely
   * twice); keys added or removed meanwhile may or may not be. Stop early with `break`. To walk the
   * masters in parallel, resume from a saved cursor or read keys as bytes, use
   * {@link IRedisKeyspaceCommands.scanPage}.
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
   * The nodes a whole-keyspace walk must visit, as `host:port`, for {@link IRedisKeyspaceCommands.scanPage}.
   * Standalone: the one server. Cluster: every master, together serving every slot.
   *
   * @remarks
   * No command is sent to a node: the answer comes from the cluster client's slot table, refreshed
   * first when a slot's master has no connection (a master that just died). After a failover a
   * master's replica takes over under another address: call it again when `scanPage` rejects with
   * `NODE_UNKNOWN`.
   *
   * @returns the addresses, each once.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CLUSTER_DOWN` (`details.retryable`) when no
   *   master is known, or when some slot has no reachable master (a failover in progress): retry after a
   *   delay rather than walk a part of the keyspace.
   */
  scanNodes(): Promise<readonly string[]>;
  /**
   * One SCAN call on one node: the page of keys at `cursor` and the cursor to go on from, so that a
   * walk can run on every node in parallel and be resumed after a restart from a saved cursor. Start
   * each node at `'0'`; the node is done when the returned `cursor` is `'0'`. `match` is applied after
   * `keyPrefix`, and keys come without it, as with {@link IRedisKeyspaceCommands.scan}; `options` must be
   * the same on every page of one walk.
   *
   * @remarks
   * SCAN's guarantees hold per node: a key present on that node during the whole walk is returned at
   * least once (rarely twice; dedupe if it matters); a page may hold no key. A cursor is only
   * meaningful on the node that returned it. Each call is one command, with the command timeout, the
   * error mapping and one instrumentation event (named `scan`). In cluster mode, after a failover the
   * promoted replica has another address and its own hash table: the old address rejects with
   * `NODE_UNKNOWN`, and the walk of that node must restart from `'0'` on the new master (call
   * {@link IRedisKeyspaceCommands.scanNodes} again); keys already handled may come again.
   *
   * @param node - a `host:port` from {@link IRedisKeyspaceCommands.scanNodes}.
   * @param cursor - `'0'`, or the `cursor` of this node's previous page: decimal digits only.
   * @param options - MATCH, TYPE and COUNT, as for `scan`.
   * @returns the page: its keys and the next cursor.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` when `node` is not a
   *   `host:port` string or `cursor` not a string of decimal digits (at most 2^64 - 1), or an option is
   *   invalid: nothing is sent.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `NODE_UNKNOWN` when `node` is not (any
   *   longer) a master this client knows: nothing is sent; `details.nodes` lists the current ones.
   *
   * @example
   * ```ts
   * const walks = (await redis.scanNodes()).map(async (node) => {
   *   let cursor = (await checkpoint.load(node)) ?? '0';
   *   do {
   *     const page = await redis.scanPage(node, cursor, { count: 500 });
   *     await copy(page.keys);
   *     cursor = page.cursor;
   *     await checkpoint.save(node, cursor);
   *   } while (cursor !== '0');
   * });
   * await Promise.all(walks);
   * ```
   */
  scanPage(node: string, cursor: string, options?: ScanOptions): Promise<ScanPage>;
  /**
   * DBSIZE; in cluster mode the sum over every master. Counts every key, whatever its prefix.
   * @returns the number of keys.
   */
  dbsize(): Promise<number>;
  /**
   * FLUSHDB: deletes every key of the database, on every master in cluster mode, including keys of other
   * applications and other prefixes.
   * @param options - must contain `confirm: 'FLUSHDB'`.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CONFIRMATION_REQUIRED` when the
   *   confirmation is missing or wrong.
   */
  flushdb(options: FlushDbOptions): Promise<void>;
}
