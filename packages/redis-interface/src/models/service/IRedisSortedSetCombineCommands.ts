import type { RedisKeyInput } from '../RedisKeys.js';
import type { ScoredMember, ZCombineOptions, ZInterCardOptions } from '../commands/SortedSetTypes.js';

/**
 * Sorted set algebra (Redis 6.2/7.0): union, intersection and difference of several sorted sets, read
 * back or stored; part of {@link IRedisSortedSetCommands}. Every key (the destination too) must be in
 * one hash slot: else `CROSS_SLOT` is thrown before anything is sent (cluster mode, or
 * `strictCrossSlot`). A missing key is an empty set.
 */
export interface IRedisSortedSetCombineCommands {
  /**
   * ZUNION: the members of any of the sets, by ascending combined score.
   * @param keys - the sorted sets (at least one), in one hash slot.
   * @param options - `weights` (one per key), `aggregate` (`SUM`, `MIN`, `MAX`).
   * @returns the members.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` before anything is sent;
   * `INVALID_ARGUMENT` for no key or as many weights as keys not given.
   */
  zunion(keys: readonly RedisKeyInput[], options?: ZCombineOptions): Promise<string[]>;
  /**
   * ZUNION … WITHSCORES.
   * @param keys - the sorted sets (at least one), in one hash slot.
   * @param options - `weights`, `aggregate`.
   * @returns the members with their combined scores.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT`, `INVALID_ARGUMENT` as
   *   `zunion`.
   */
  zunionWithScores(keys: readonly RedisKeyInput[], options?: ZCombineOptions): Promise<ScoredMember[]>;
  /**
   * ZINTER: the members of every one of the sets, by ascending combined score.
   * @param keys - the sorted sets (at least one), in one hash slot.
   * @param options - `weights`, `aggregate`.
   * @returns the members.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT`, `INVALID_ARGUMENT` as
   *   `zunion`.
   */
  zinter(keys: readonly RedisKeyInput[], options?: ZCombineOptions): Promise<string[]>;
  /**
   * ZINTER … WITHSCORES.
   * @param keys - the sorted sets (at least one), in one hash slot.
   * @param options - `weights`, `aggregate`.
   * @returns the members with their combined scores.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT`, `INVALID_ARGUMENT` as
   *   `zunion`.
   */
  zinterWithScores(keys: readonly RedisKeyInput[], options?: ZCombineOptions): Promise<ScoredMember[]>;
  /**
   * ZDIFF: the members of the first set that are in none of the others.
   * @param keys - the sorted sets (at least one), in one hash slot.
   * @returns the members, by ascending score in the first set.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` before anything is sent;
   *   `INVALID_ARGUMENT` for no key.
   */
  zdiff(keys: readonly RedisKeyInput[]): Promise<string[]>;
  /**
   * ZDIFF … WITHSCORES.
   * @param keys - the sorted sets (at least one), in one hash slot.
   * @returns the members with their scores in the first set.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT`, `INVALID_ARGUMENT` as `zdiff`.
   */
  zdiffWithScores(keys: readonly RedisKeyInput[]): Promise<ScoredMember[]>;
  /**
   * ZUNIONSTORE: stores the union in `destination` (overwritten).
   * @param destination - where to store it; in the hash slot of `keys`.
   * @param keys - the sorted sets (at least one).
   * @param options - `weights`, `aggregate`.
   * @returns the number of members stored.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT`, `INVALID_ARGUMENT` as
   *   `zunion`.
   */
  zunionstore(
    destination: RedisKeyInput,
    keys: readonly RedisKeyInput[],
    options?: ZCombineOptions,
  ): Promise<number>;
  /**
   * ZINTERSTORE: stores the intersection in `destination` (overwritten).
   * @param destination - where to store it; in the hash slot of `keys`.
   * @param keys - the sorted sets (at least one).
   * @param options - `weights`, `aggregate`.
   * @returns the number of members stored.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT`, `INVALID_ARGUMENT` as
   *   `zunion`.
   */
  zinterstore(
    destination: RedisKeyInput,
    keys: readonly RedisKeyInput[],
    options?: ZCombineOptions,
  ): Promise<number>;
  /**
   * ZDIFFSTORE: stores the difference in `destination` (overwritten).
   * @param destination - where to store it; in the hash slot of `keys`.
   * @param keys - the sorted sets (at least one).
   * @returns the number of members stored.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT`, `INVALID_ARGUMENT` as `zdiff`.
   */
  zdiffstore(destination: RedisKeyInput, keys: readonly RedisKeyInput[]): Promise<number>;
  /**
   * ZINTERCARD (Redis 7.0): the size of the intersection, without building it.
   * @param keys - the sorted sets (at least one), in one hash slot.
   * @param options - `limit`: stop counting there (`0`: no limit).
   * @returns the number of members in every set (at most `limit`).
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` before anything is sent;
   * `INVALID_ARGUMENT` for no key or a negative limit.
   */
  zintercard(keys: readonly RedisKeyInput[], options?: ZInterCardOptions): Promise<number>;
}
