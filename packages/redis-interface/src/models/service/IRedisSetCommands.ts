import type { RedisKeyInput } from '../RedisKeys.js';
import type { RedisValue, RedisValues } from '../RedisValue.js';
import type { SInterCardOptions } from '../commands/SetTypes.js';
import type { KeyScanOptions } from '../commands/KeyScanOptions.js';

/**
 * Set commands. Those over several keys (`smove`, `sinter`, `sintercard`, `sunion`, `sdiff` and the
 * `…store` forms) need every key in one hash slot: else `CROSS_SLOT` is thrown before anything is sent
 * (cluster mode, or `strictCrossSlot`). Give the keys a common hash tag such as `{user:1}`. The others
 * take one key and are routed by its slot.
 *
 * @remarks
 * Members lists are arrays in both protocols: Redis 7 answers SMEMBERS, SINTER, SUNION, SDIFF and
 * SPOP with a count with a RESP3 set, which is returned as an array (in no particular order) all the same.
 */
export interface IRedisSetCommands {
  /**
   * SADD.
   * @param key - the set.
   * @param members - one member or several.
   * @returns how many were added.
   */
  sadd(key: RedisKeyInput, members: RedisValues): Promise<number>;
  /**
   * SREM.
   * @param key - the set.
   * @param members - one member or several.
   * @returns how many were removed.
   */
  srem(key: RedisKeyInput, members: RedisValues): Promise<number>;
  /**
   * SMEMBERS.
   * @param key - the set.
   * @returns every member, in no particular order.
   */
  smembers(key: RedisKeyInput): Promise<string[]>;
  /**
   * SISMEMBER.
   * @param key - the set.
   * @param member - the member.
   * @returns whether it is a member.
   */
  sismember(key: RedisKeyInput, member: RedisValue): Promise<boolean>;
  /**
   * SMISMEMBER.
   * @param key - the set.
   * @param members - the members to check; an empty list resolves `[]` without a round trip (refused
   *   when queued, as `sinter`).
   * @returns one boolean per member, in order.
   */
  smismember(key: RedisKeyInput, members: readonly RedisValue[]): Promise<boolean[]>;
  /**
   * SCARD.
   * @param key - the set.
   * @returns the number of members.
   */
  scard(key: RedisKeyInput): Promise<number>;
  /**
   * SPOP of one random member.
   * @param key - the set.
   * @returns the member, or `null` when the set is empty.
   */
  spop(key: RedisKeyInput): Promise<string | null>;
  /**
   * SPOP of up to `count` random members.
   * @param key - the set.
   * @param count - how many.
   * @returns the members (`[]` when the set is empty or missing).
   */
  spop(key: RedisKeyInput, count: number): Promise<string[]>;
  /**
   * SPOP with a count known only at run time.
   * @param key - the set.
   * @param count - how many, or `undefined` for one member.
   * @returns as the two forms above: a member or `null` without count, a list with one.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` when `count` is not a
   *   whole number (nothing is sent).
   */
  spop(key: RedisKeyInput, count?: number): Promise<string | null | string[]>;
  /**
   * SRANDMEMBER: a random member, not removed.
   * @param key - the set.
   * @returns the member, or `null` when the set is empty.
   */
  srandmember(key: RedisKeyInput): Promise<string | null>;
  /**
   * SRANDMEMBER with a count: random members, not removed. A positive count gives up to `count`
   * distinct members (every member when the set is smaller); a negative count gives exactly `-count`
   * members, the same member possibly several times.
   * @param key - the set.
   * @param count - how many (a whole number; `0` resolves `[]`).
   * @returns the members (`[]` when the set is empty or missing).
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` when `count` is not a
   *   whole number (nothing is sent).
   */
  srandmember(key: RedisKeyInput, count: number): Promise<string[]>;
  /**
   * SRANDMEMBER with a count known only at run time.
   * @param key - the set.
   * @param count - how many (see above), or `undefined` for one member.
   * @returns a member or `null` without count, a list with one.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` when `count` is not a
   *   whole number (nothing is sent).
   */
  srandmember(key: RedisKeyInput, count?: number): Promise<string | null | string[]>;
  /**
   * SMOVE. Both keys must share one hash slot.
   * @param source - the set to take from.
   * @param destination - the set to add to.
   * @param member - the member.
   * @returns `true` when moved, `false` when it was not in `source`.
   */
  smove(source: RedisKeyInput, destination: RedisKeyInput, member: RedisValue): Promise<boolean>;
  /**
   * SINTER. All keys in one hash slot.
   * @param keys - the sets; an empty list resolves `[]` without a round trip (queued, it is refused
   *   with `INVALID_ARGUMENT`: a queued command always sends).
   * @returns members present in every set.
   */
  sinter(keys: readonly RedisKeyInput[]): Promise<string[]>;
  /**
   * SINTERCARD (Redis 7.0): the size of the intersection, without transferring it. All keys in one
   * hash slot.
   * @param keys - the sets; an empty list resolves `0` without a round trip (refused when queued, as
   *   `sinter`).
   * @param options - `limit`: stop counting at that many members.
   * @returns how many members are in every set (at most `limit` when given and not `0`).
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` when the keys are in different
   * slots (cluster, or `strictCrossSlot`), `INVALID_ARGUMENT` for a key that is not a string or Buffer or a
   * `limit` that is not a whole number `>= 0`; nothing is sent then.
   */
  sintercard(keys: readonly RedisKeyInput[], options?: SInterCardOptions): Promise<number>;
  /**
   * SUNION. All keys in one hash slot.
   * @param keys - the sets; an empty list resolves `[]` without a round trip (queued, it is refused
   *   with `INVALID_ARGUMENT`: a queued command always sends).
   * @returns members present in any set.
   */
  sunion(keys: readonly RedisKeyInput[]): Promise<string[]>;
  /**
   * SDIFF. All keys in one hash slot.
   * @param keys - the first set, then the sets to subtract; an empty list resolves `[]` without a
   *   round trip (queued, it is refused with `INVALID_ARGUMENT`: a queued command always sends).
   * @returns members of the first set absent from the others.
   */
  sdiff(keys: readonly RedisKeyInput[]): Promise<string[]>;
  /**
   * SINTERSTORE. Destination and keys in one hash slot.
   * @param destination - where to store the result (overwritten).
   * @param keys - the sets.
   * @returns the size of the result.
   */
  sinterstore(destination: RedisKeyInput, keys: readonly RedisKeyInput[]): Promise<number>;
  /**
   * SUNIONSTORE. Destination and keys in one hash slot.
   * @param destination - where to store the result (overwritten).
   * @param keys - the sets.
   * @returns the size of the result.
   */
  sunionstore(destination: RedisKeyInput, keys: readonly RedisKeyInput[]): Promise<number>;
  /**
   * SDIFFSTORE. Destination and keys in one hash slot.
   * @param destination - where to store the result (overwritten).
   * @param keys - the first set, then the sets to subtract.
   * @returns the size of the result.
   */
  sdiffstore(destination: RedisKeyInput, keys: readonly RedisKeyInput[]): Promise<number>;
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
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` (from the first `next()`,
   * nothing sent) when `key` is not a string or Buffer, `options` is not an object, `match` is not a string
   * or `count` is not a whole number `>= 1`; `WRONG_TYPE` when the key is not a set. Each page has the
   * command timeout.
   */
  sscan(key: RedisKeyInput, options?: KeyScanOptions): AsyncIterable<string>;
}
