import type {
  ScoreBound,
  ScoredMember,
  ZRangeByScoreOptions,
  ZRangeOptions,
} from '../commands/SortedSetTypes.js';

/**
 * Sorted set range queries, by rank and by score; part of {@link IRedisSortedSetCommands}.
 */
export interface IRedisSortedSetRangeCommands {
  /**
   * ZRANGE by rank.
   * @param key - the sorted set.
   * @param start - first rank, from 0 (negative counts from the end).
   * @param stop - last rank, inclusive (`-1` for the last).
   * @param options - `rev` to rank from the highest score.
   * @returns the members.
   */
  zrange(key: string, start: number, stop: number, options?: ZRangeOptions): Promise<string[]>;
  /**
   * ZRANGE by rank … WITHSCORES.
   * @param key - the sorted set.
   * @param start - first rank.
   * @param stop - last rank, inclusive.
   * @param options - `rev` to rank from the highest score.
   * @returns the members with their scores.
   */
  zrangeWithScores(
    key: string,
    start: number,
    stop: number,
    options?: ZRangeOptions,
  ): Promise<ScoredMember[]>;
  /**
   * ZRANGEBYSCORE (ZREVRANGEBYSCORE with `rev`).
   * @param key - the sorted set.
   * @param min - lowest score (`'(5'` excludes 5).
   * @param max - highest score.
   * @param options - `rev` for highest first, `limit` for paging.
   * @returns the members.
   */
  zrangebyscore(
    key: string,
    min: ScoreBound,
    max: ScoreBound,
    options?: ZRangeByScoreOptions,
  ): Promise<string[]>;
  /**
   * ZRANGEBYSCORE … WITHSCORES.
   * @param key - the sorted set.
   * @param min - lowest score.
   * @param max - highest score.
   * @param options - `rev` for highest first, `limit` for paging.
   * @returns the members with their scores.
   */
  zrangebyscoreWithScores(
    key: string,
    min: ScoreBound,
    max: ScoreBound,
    options?: ZRangeByScoreOptions,
  ): Promise<ScoredMember[]>;
}
