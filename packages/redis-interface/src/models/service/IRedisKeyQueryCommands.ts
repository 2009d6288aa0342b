import type { RedisKeyInput } from '../RedisKeys.js';
import type { SortOptions, SortReadOptions } from '../commands/KeyTypes.js';

/**
 * SORT, and the keyspace reads KEYS and RANDOMKEY (every master in a cluster).
 */
export interface IRedisKeyQueryCommands {
  /**
   * SORT … STORE: sorts and writes the result as a list.
   * @param key - a list, set or sorted set.
   * @param options - with `store`: the destination key, in the same slot as `key`.
   * @returns the length of the stored list.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` (cluster, or `strictCrossSlot`)
   *   when `store` is in another slot.
   */
  sort(key: RedisKeyInput, options: SortOptions & { readonly store: string }): Promise<number>;
  /**
   * SORT: the elements of a list, set or sorted set, sorted (or the values `get` names).
   * @param key - the key.
   * @param options - `by`, `limit`, `get`, `order`, `alpha`.
   * @returns the sorted elements (or `get` values, `null` for a missing one).
   */
  sort(
    key: RedisKeyInput,
    options?: SortOptions & { readonly store?: undefined },
  ): Promise<(string | null)[]>;
  /**
   * SORT with options only known at run time.
   * Cluster: one slot. `store` must share `key`'s slot (checked before sending). The `by` and `get`
   * patterns name other keys: Redis 7.0 refuses them in a cluster (`SERVER_ERROR` "BY/GET option of SORT
   * denied in Cluster mode"); Redis 7.2+ accepts a pattern whose hash tag is `key`'s slot
   * (`{user:1}:weight_*`). They are not checked here: the server version decides. `by` without `*`
   * (`nosort`) is no pattern. The patterns and `store` get the `keyPrefix`.
   * @param key - the key.
   * @param options - {@link SortOptions}.
   * @returns the elements, or the stored length with `store`.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for a bad option (nothing
   * is sent); `CROSS_SLOT`; `SERVER_ERROR` when an element is not a number without `alpha`.
   */
  sort(key: RedisKeyInput, options?: SortOptions): Promise<(string | null)[] | number>;
  /**
   * SORT_RO (Redis 7+): SORT without `store`, so it may run on a replica. Same options and cluster
   * rule for the patterns as `sort`.
   * @param key - the key.
   * @param options - `by`, `limit`, `get`, `order`, `alpha`.
   * @returns the sorted elements (or `get` values).
   */
  sortRo(key: RedisKeyInput, options?: SortReadOptions): Promise<(string | null)[]>;
  /**
   * KEYS: every key matching a glob pattern. O(N) over the whole database: it blocks each server
   * while it runs; prefer `scan()` anywhere but small databases and tests.
   * Cluster: sent to every master, the answers concatenated (no order).
   * @param pattern - a glob (`user:*`); the `keyPrefix` is put in front of it, matched literally
   * (its glob characters escaped), so only this service's keys match.
   * @returns the keys, without the `keyPrefix`.
   */
  keys(pattern: string): Promise<string[]>;
  /**
   * RANDOMKEY: some key of the database. Cluster: asked of every master, one of the answers picked
   * at random (a master chosen alone could be empty while others are not).
   *
   * @remarks
   * RANDOMKEY knows nothing of prefixes: with a `keyPrefix` the key may belong to another
   * prefix, so it is returned as Redis names it, the prefix NOT stripped. Strip `keyPrefix` yourself
   * before passing it to this service (a key without the prefix cannot be reached through it).
   * @returns a key's full name, or `null` when the database is empty.
   */
  randomkey(): Promise<string | null>;
}
