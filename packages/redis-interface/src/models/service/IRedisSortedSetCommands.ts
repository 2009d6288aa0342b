import type { RedisValue, RedisValues } from '../RedisValue.js';
import type { ScoreBound, ScoredMember, ZAddMember, ZAddOptions } from '../commands/SortedSetTypes.js';
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
}
