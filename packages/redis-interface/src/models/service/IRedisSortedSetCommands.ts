import type { RedisKeyInput, RedisKeys } from '../RedisKeys.js';
import type { RedisValue, RedisValues } from '../RedisValue.js';
import type {
  ScoreBound,
  ScoredMember,
  ZAddMember,
  ZAddOptions,
  ZMPopOptions,
  ZMPopResult,
  ZPopSide,
} from '../commands/SortedSetTypes.js';
import type { IRedisSortedSetBlockingCommands } from './IRedisSortedSetBlockingCommands.js';
import type { IRedisSortedSetCombineCommands } from './IRedisSortedSetCombineCommands.js';
import type { KeyScanOptions } from '../commands/KeyScanOptions.js';
import type { IRedisSortedSetRangeCommands } from './IRedisSortedSetRangeCommands.js';

/**
 * Sorted set commands. Scores are numbers (`inf`/`-inf` from Redis are `Infinity`/`-Infinity`). Those
 * over one key behave the same in both modes; those over several (`zmpop`, `zrangestore`, `zunion`…,
 * blocking pops) need every key in one hash slot: else `CROSS_SLOT` is thrown before anything is sent
 * (cluster mode, or `strictCrossSlot`).
 */
export interface IRedisSortedSetCommands
  extends IRedisSortedSetRangeCommands, IRedisSortedSetCombineCommands, IRedisSortedSetBlockingCommands {
  /**
   * ZADD.
   * @param key - the sorted set.
   * @param members - one member or several, with scores.
   * @param options - NX/XX, GT/LT, CH.
   * @returns how many members were added (plus updated, with `ch`).
   */
  zadd(
    key: RedisKeyInput,
    members: ZAddMember | readonly ZAddMember[],
    options?: ZAddOptions,
  ): Promise<number>;
  /**
   * ZINCRBY.
   * @param key - the sorted set.
   * @param increment - added to the score (the member is created at 0).
   * @param member - the member.
   * @returns the new score.
   */
  zincrby(key: RedisKeyInput, increment: number, member: RedisValue): Promise<number>;
  /**
   * ZSCORE.
   * @param key - the sorted set.
   * @param member - the member.
   * @returns its score, or `null` when it is not a member.
   */
  zscore(key: RedisKeyInput, member: RedisValue): Promise<number | null>;
  /**
   * ZRANK: position by ascending score, from 0.
   * @param key - the sorted set.
   * @param member - the member.
   * @returns the rank, or `null` when it is not a member.
   */
  zrank(key: RedisKeyInput, member: RedisValue): Promise<number | null>;
  /**
   * ZREVRANK: position by descending score, from 0.
   * @param key - the sorted set.
   * @param member - the member.
   * @returns the rank, or `null` when it is not a member.
   */
  zrevrank(key: RedisKeyInput, member: RedisValue): Promise<number | null>;
  /**
   * ZCARD.
   * @param key - the sorted set.
   * @returns the number of members.
   */
  zcard(key: RedisKeyInput): Promise<number>;
  /**
   * ZCOUNT.
   * @param key - the sorted set.
   * @param min - lowest score.
   * @param max - highest score.
   * @returns how many members have a score in range.
   */
  zcount(key: RedisKeyInput, min: ScoreBound, max: ScoreBound): Promise<number>;
  /**
   * ZREM.
   * @param key - the sorted set.
   * @param members - one member or several.
   * @returns how many were removed.
   */
  zrem(key: RedisKeyInput, members: RedisValues): Promise<number>;
  /**
   * ZREMRANGEBYSCORE.
   * @param key - the sorted set.
   * @param min - lowest score.
   * @param max - highest score.
   * @returns how many were removed.
   */
  zremrangebyscore(key: RedisKeyInput, min: ScoreBound, max: ScoreBound): Promise<number>;
  /**
   * ZREMRANGEBYRANK.
   * @param key - the sorted set.
   * @param start - first rank (negative counts from the highest).
   * @param stop - last rank, inclusive.
   * @returns how many were removed.
   */
  zremrangebyrank(key: RedisKeyInput, start: number, stop: number): Promise<number>;
  /**
   * ZPOPMIN.
   * @param key - the sorted set.
   * @param count - how many. Default 1.
   * @returns the removed members with their scores, lowest first.
   */
  zpopmin(key: RedisKeyInput, count?: number): Promise<ScoredMember[]>;
  /**
   * ZPOPMAX.
   * @param key - the sorted set.
   * @param count - how many. Default 1.
   * @returns the removed members with their scores, highest first.
   */
  zpopmax(key: RedisKeyInput, count?: number): Promise<ScoredMember[]>;
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
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` (from the first `next()`,
   * nothing sent) when `key` is not a string or Buffer, `options` is not an object, `match` is not a string
   * or `count` is not a whole number `>= 1`; `WRONG_TYPE` when the key is not a sorted set. Each page has the
   * command timeout.
   */
  zscan(key: RedisKeyInput, options?: KeyScanOptions): AsyncIterable<ScoredMember>;
  /**
   * ZMSCORE: the scores of several members at once.
   * @param key - the sorted set.
   * @param members - the members (at least one).
   * @returns one score per member, in order, `null` for a non-member.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for an empty list
   *   (nothing is sent).
   */
  zmscore(key: RedisKeyInput, members: readonly RedisValue[]): Promise<(number | null)[]>;
  /**
   * ZRANDMEMBER: one random member.
   * @param key - the sorted set.
   * @returns a member, or `null` when the key does not exist.
   */
  zrandmember(key: RedisKeyInput): Promise<string | null>;
  /**
   * ZRANDMEMBER with a count.
   * @param key - the sorted set.
   * @param count - how many; positive: distinct members, at most the set's size; negative: `-count`
   * members, possibly repeated.
   * @returns the members (`[]` when the key does not exist).
   */
  zrandmember(key: RedisKeyInput, count: number): Promise<string[]>;
  /**
   * ZRANDMEMBER (the general form of the overloads above).
   * @param key - the sorted set.
   * @param count - how many (see the overload with a count).
   * @returns a member or `null` without `count`; the members with it.
   */
  zrandmember(key: RedisKeyInput, count?: number): Promise<string | null | string[]>;
  /**
   * ZRANDMEMBER … WITHSCORES.
   * @param key - the sorted set.
   * @param count - how many; negative allows repeats (see `zrandmember`).
   * @returns the members with their scores (`[]` when the key does not exist).
   */
  zrandmemberWithScores(key: RedisKeyInput, count: number): Promise<ScoredMember[]>;
  /**
   * ZMPOP (Redis 7.0): pops from the first non-empty sorted set of `keys`, without waiting.
   * @param keys - one sorted set or several, tried in order; all in one hash slot.
   * @param from - `MIN` pops the lowest scores, `MAX` the highest.
   * @param options - `count`: how many at most (default 1).
   * @returns the key (without `keyPrefix`) and the popped members, or `null` when every set is empty.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` (cluster, or `strictCrossSlot`)
   * before anything is sent; `INVALID_ARGUMENT` for no key or a count below 1.
   */
  zmpop(keys: RedisKeys, from: ZPopSide, options?: ZMPopOptions): Promise<ZMPopResult | null>;
}
