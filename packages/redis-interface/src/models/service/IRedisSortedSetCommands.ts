import type { RedisValue, RedisValues } from '../RedisValue.js';
import type { ScoreBound, ScoredMember, ZAddMember, ZAddOptions } from '../commands/SortedSetTypes.js';
import type { KeyScanOptions } from '../commands/KeyScanOptions.js';
import type { IRedisSortedSetRangeCommands } from './IRedisSortedSetRangeCommands.js';

/**
 * Sorted set commands. Each takes one key, so they behave the same in both modes.
 */
export interface IRedisSortedSetCommands extends IRedisSortedSetRangeCommands {
  /**
   * ZADD.
   * @param key - the sorted set.
   * @param members - one member or several, with scores.
   * @param options - NX/XX, GT/LT, CH.
   * @returns how many members were added (plus updated, with `ch`).
   */
  zadd(key: string, members: ZAddMember | readonly ZAddMember[], options?: ZAddOptions): Promise<number>;
  /**
   * ZINCRBY.
   * @param key - the sorted set.
   * @param increment - added to the score (the member is created at 0).
   * @param member - the member.
   * @returns the new score.
   */
  zincrby(key: string, increment: number, member: RedisValue): Promise<number>;
  /**
   * ZSCORE.
   * @param key - the sorted set.
   * @param member - the member.
   * @returns its score, or `null` when it is not a member.
   */
  zscore(key: string, member: RedisValue): Promise<number | null>;
  /**
   * ZRANK: position by ascending score, from 0.
   * @param key - the sorted set.
   * @param member - the member.
   * @returns the rank, or `null` when it is not a member.
   */
  zrank(key: string, member: RedisValue): Promise<number | null>;
  /**
   * ZREVRANK: position by descending score, from 0.
   * @param key - the sorted set.
   * @param member - the member.
   * @returns the rank, or `null` when it is not a member.
   */
  zrevrank(key: string, member: RedisValue): Promise<number | null>;
  /**
   * ZCARD.
   * @param key - the sorted set.
   * @returns the number of members.
   */
  zcard(key: string): Promise<number>;
  /**
   * ZCOUNT.
   * @param key - the sorted set.
   * @param min - lowest score.
   * @param max - highest score.
   * @returns how many members have a score in range.
   */
  zcount(key: string, min: ScoreBound, max: ScoreBound): Promise<number>;
  /**
   * ZREM.
   * @param key - the sorted set.
   * @param members - one member or several.
   * @returns how many were removed.
   */
  zrem(key: string, members: RedisValues): Promise<number>;
  /**
   * ZREMRANGEBYSCORE.
   * @param key - the sorted set.
   * @param min - lowest score.
   * @param max - highest score.
   * @returns how many were removed.
   */
  zremrangebyscore(key: string, min: ScoreBound, max: ScoreBound): Promise<number>;
  /**
   * ZREMRANGEBYRANK.
   * @param key - the sorted set.
   * @param start - first rank (negative counts from the highest).
   * @param stop - last rank, inclusive.
   * @returns how many were removed.
   */
  zremrangebyrank(key: string, start: number, stop: number): Promise<number>;
  /**
   * ZPOPMIN.
   * @param key - the sorted set.
   * @param count - how many. Default 1.
   * @returns the removed members with their scores, lowest first.
   */
  zpopmin(key: string, count?: number): Promise<ScoredMember[]>;
  /**
   * ZPOPMAX.
   * @param key - the sorted set.
   * @param count - how many. Default 1.
   * @returns the removed members with their scores, highest first.
   */
  zpopmax(key: string, count?: number): Promise<ScoredMember[]>;
  /**
   * Iterates over the members of one sorted set, with their scores, with ZSCAN (in no particular order:
   * use `zrange` for score order). One key: every page is sent to the node serving the key's slot in a
   * cluster. The next page is requested while the caller handles the current one. Not queueable on
   * pipelines or transactions.
   *
   * @remarks
   * ZSCAN's guarantees apply: a member present during the whole iteration is yielded at least once (rarely
   * twice); members added or removed meanwhile may or may not be. Stop early with `break`.
   *
   * @param key - the sorted set.
   * @param options - `match` (a glob over members) and `count` (a hint per page, default 100).
   * @returns an async iterable of `{ member, score }` ({@link ScoredMember}); nothing for a missing key.
   * @throws {@link RedisError} `INVALID_ARGUMENT` (from the first `next()`, nothing sent) when `key` is not
   * a string or Buffer, `options` is not an object, `match` is not a string or `count` is not a whole number
   * `>= 1`; `WRONG_TYPE` when the key is not a sorted set. Each page has the command timeout.
   */
  zscan(key: string, options?: KeyScanOptions): AsyncIterable<ScoredMember>;
}
