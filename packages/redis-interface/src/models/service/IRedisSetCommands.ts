import type { RedisValue, RedisValues } from '../RedisValue.js';
import type { KeyScanOptions } from '../commands/KeyScanOptions.js';

/**
 * Set commands. Those over several keys (`smove`, `sinter`, `sunion`, `sdiff` and their `…store` forms) need
 * every key in one hash slot: else `CROSS_SLOT` is thrown before anything is sent (cluster mode, or
 * `strictCrossSlot`). Give the keys a common hash tag such as `{user:1}`.
 */
export interface IRedisSetCommands {
  /**
   * SADD.
   * @param key - the set.
   * @param members - one member or several.
   * @returns how many were added.
   */
  sadd(key: string, members: RedisValues): Promise<number>;
  /**
   * SREM.
   * @param key - the set.
   * @param members - one member or several.
   * @returns how many were removed.
   */
  srem(key: string, members: RedisValues): Promise<number>;
  /**
   * SMEMBERS.
   * @param key - the set.
   * @returns every member, in no particular order.
   */
  smembers(key: string): Promise<string[]>;
  /**
   * SISMEMBER.
   * @param key - the set.
   * @param member - the member.
   * @returns whether it is a member.
   */
  sismember(key: string, member: RedisValue): Promise<boolean>;
  /**
   * SMISMEMBER.
   * @param key - the set.
   * @param members - the members to check.
   * @returns one boolean per member, in order.
   */
  smismember(key: string, members: readonly RedisValue[]): Promise<boolean[]>;
  /**
   * SCARD.
   * @param key - the set.
   * @returns the number of members.
   */
  scard(key: string): Promise<number>;
  /**
   * SPOP of one random member.
   * @param key - the set.
   * @returns the member, or `null` when the set is empty.
   */
  spop(key: string): Promise<string | null>;
  /**
   * SPOP of up to `count` random members.
   * @param key - the set.
   * @param count - how many.
   * @returns the members.
   */
  spop(key: string, count: number): Promise<string[]>;
  /**
   * SRANDMEMBER: a random member, not removed.
   * @param key - the set.
   * @returns the member, or `null` when the set is empty.
   */
  srandmember(key: string): Promise<string | null>;
  /**
   * SMOVE. Both keys must share one hash slot.
   * @param source - the set to take from.
   * @param destination - the set to add to.
   * @param member - the member.
   * @returns `true` when moved, `false` when it was not in `source`.
   */
  smove(source: string, destination: string, member: RedisValue): Promise<boolean>;
  /**
   * SINTER. All keys in one hash slot.
   * @param keys - the sets.
   * @returns members present in every set.
   */
  sinter(keys: readonly string[]): Promise<string[]>;
  /**
   * SUNION. All keys in one hash slot.
   * @param keys - the sets.
   * @returns members present in any set.
   */
  sunion(keys: readonly string[]): Promise<string[]>;
  /**
   * SDIFF. All keys in one hash slot.
   * @param keys - the first set, then the sets to subtract.
   * @returns members of the first set absent from the others.
   */
  sdiff(keys: readonly string[]): Promise<string[]>;
  /**
   * SINTERSTORE. Destination and keys in one hash slot.
   * @param destination - where to store the result (overwritten).
   * @param keys - the sets.
   * @returns the size of the result.
   */
  sinterstore(destination: string, keys: readonly string[]): Promise<number>;
  /**
   * SUNIONSTORE. Destination and keys in one hash slot.
   * @param destination - where to store the result (overwritten).
   * @param keys - the sets.
   * @returns the size of the result.
   */
  sunionstore(destination: string, keys: readonly string[]): Promise<number>;
  /**
   * SDIFFSTORE. Destination and keys in one hash slot.
   * @param destination - where to store the result (overwritten).
   * @param keys - the first set, then the sets to subtract.
   * @returns the size of the result.
   */
  sdiffstore(destination: string, keys: readonly string[]): Promise<number>;
  /**
   * Iterates over the members of one set with SSCAN (never SMEMBERS of a huge set at once). One key: every
   * page is sent to the node serving the key's slot in a cluster. The next page is requested while the
   * caller handles the current one. Not queueable on pipelines or transactions.
   *
   * @remarks
   * SSCAN's guarantees apply: a member present during the whole iteration is yielded at least once (rarely
   * twice); members added or removed meanwhile may or may not be. Stop early with `break`.
   *
   * @param key - the set.
   * @param options - `match` (a glob over members) and `count` (a hint per page, default 100).
   * @returns an async iterable of members; nothing for a missing key.
   * @throws {@link RedisError} `INVALID_ARGUMENT` (from the first `next()`, nothing sent) when `key` is not
   * a string or Buffer, `options` is not an object, `match` is not a string or `count` is not a whole number
   * `>= 1`; `WRONG_TYPE` when the key is not a set. Each page has the command timeout.
   */
  sscan(key: string, options?: KeyScanOptions): AsyncIterable<string>;
}
