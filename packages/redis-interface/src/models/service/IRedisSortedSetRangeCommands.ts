import type { RedisKeyInput } from '../RedisKeys.js';
import type {
  LexBound,
  ScoreBound,
  ScoredMember,
  ZRangeByLexOptions,
  ZRangeByScoreOptions,
  ZRangeOptions,
  ZRangeStoreByLexOptions,
  ZRangeStoreByRankOptions,
  ZRangeStoreByScoreOptions,
  ZRangeStoreOptions,
} from '../commands/SortedSetTypes.js';

/**
 * Sorted set range queries, by rank, by score and by member (lexicographic); part of
 * {@link IRedisSortedSetCommands}. The reverse forms (ZREVRANGE, ZREVRANGEBYSCORE, ZREVRANGEBYLEX) are
 * the `rev` option of `zrange`, `zrangebyscore` and `zrangebylex`. Each takes one key, except
 * `zrangestore` (two keys in one hash slot).
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
  zrange(key: RedisKeyInput, start: number, stop: number, options?: ZRangeOptions): Promise<string[]>;
  /**
   * ZRANGE by rank … WITHSCORES.
   * @param key - the sorted set.
   * @param start - first rank.
   * @param stop - last rank, inclusive.
   * @param options - `rev` to rank from the highest score.
   * @returns the members with their scores.
   */
  zrangeWithScores(
    key: RedisKeyInput,
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
    key: RedisKeyInput,
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
    key: RedisKeyInput,
    min: ScoreBound,
    max: ScoreBound,
    options?: ZRangeByScoreOptions,
  ): Promise<ScoredMember[]>;
  /**
   * ZRANGE … BYLEX (ZRANGEBYLEX; ZREVRANGEBYLEX with `rev`): members between two members, for a set
   * whose members all have the same score.
   * @param key - the sorted set.
   * @param min - lowest member (`'[a'` inclusive, `'(a'` exclusive, `'-'` for the lowest).
   * @param max - highest member (`'+'` for the highest).
   * @param options - `rev` for highest first (the bounds stay `(min, max)`), `limit` for paging.
   * @returns the members.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for a bound not starting
   *   with `[` or `(` (nothing is sent).
   */
  zrangebylex(
    key: RedisKeyInput,
    min: LexBound,
    max: LexBound,
    options?: ZRangeByLexOptions,
  ): Promise<string[]>;
  /**
   * ZLEXCOUNT.
   * @param key - the sorted set.
   * @param min - lowest member (see `zrangebylex`).
   * @param max - highest member.
   * @returns how many members are in range.
   */
  zlexcount(key: RedisKeyInput, min: LexBound, max: LexBound): Promise<number>;
  /**
   * ZREMRANGEBYLEX.
   * @param key - the sorted set.
   * @param min - lowest member (see `zrangebylex`).
   * @param max - highest member.
   * @returns how many were removed.
   */
  zremrangebylex(key: RedisKeyInput, min: LexBound, max: LexBound): Promise<number>;
  /**
   * ZRANGESTORE by rank: stores the members of `source` from rank `start` to `stop` (inclusive) in
   * `destination` (overwritten; deleted when the range is empty).
   * @param destination - where to store them.
   * @param source - the sorted set to read; in the same hash slot as `destination`.
   * @param start - first rank (negative counts from the end).
   * @param stop - last rank, inclusive.
   * @param options - `rev` to rank from the highest score.
   * @returns how many members were stored.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` (cluster, or `strictCrossSlot`)
   *   before anything is sent.
   */
  zrangestore(
    destination: RedisKeyInput,
    source: RedisKeyInput,
    start: number,
    stop: number,
    options?: ZRangeStoreByRankOptions,
  ): Promise<number>;
  /**
   * ZRANGESTORE … BYSCORE.
   * @param destination - where to store them.
   * @param source - the sorted set to read; in the same hash slot as `destination`.
   * @param min - lowest score (`'(5'` excludes 5).
   * @param max - highest score.
   * @param options - `by: 'SCORE'`, plus `rev` and `limit` as in `zrangebyscore`.
   * @returns how many members were stored.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` (cluster, or `strictCrossSlot`)
   *   before anything is sent.
   */
  zrangestore(
    destination: RedisKeyInput,
    source: RedisKeyInput,
    min: ScoreBound,
    max: ScoreBound,
    options: ZRangeStoreByScoreOptions,
  ): Promise<number>;
  /**
   * ZRANGESTORE … BYLEX.
   * @param destination - where to store them.
   * @param source - the sorted set to read; in the same hash slot as `destination`.
   * @param min - lowest member (see `zrangebylex`).
   * @param max - highest member.
   * @param options - `by: 'LEX'`, plus `rev` and `limit` as in `zrangebylex`.
   * @returns how many members were stored.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` (cluster, or `strictCrossSlot`)
   *   before anything is sent.
   */
  zrangestore(
    destination: RedisKeyInput,
    source: RedisKeyInput,
    min: LexBound,
    max: LexBound,
    options: ZRangeStoreByLexOptions,
  ): Promise<number>;
  /**
   * ZRANGESTORE (the general form of the overloads above).
   * @param destination - where to store them.
   * @param source - the sorted set to read; in the same hash slot as `destination`.
   * @param min - first rank, lowest score or lowest member, by `options.by`.
   * @param max - last rank, highest score or highest member.
   * @param options - `by` (default `'RANK'`), `rev`, `limit` (score and lex only).
   * @returns how many members were stored.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` (cluster, or `strictCrossSlot`)
   *   before anything is sent.
   */
  zrangestore(
    destination: RedisKeyInput,
    source: RedisKeyInput,
    min: number | ScoreBound | LexBound,
    max: number | ScoreBound | LexBound,
    options?: ZRangeStoreOptions,
  ): Promise<number>;
}
