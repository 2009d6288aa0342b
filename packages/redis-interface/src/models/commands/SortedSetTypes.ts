import type { RedisValue } from '../RedisValue.js';

/**
 * A member to add with `zadd`, and its score.
 */
export interface ZAddMember {
  /** The score (a finite number, or ±Infinity). */
  readonly score: number;
  /** The member. */
  readonly member: RedisValue;
}

/**
 * A member read back with its score.
 */
export interface ScoredMember {
  /** The member. */
  readonly member: string;
  /** Its score. */
  readonly score: number;
}

/**
 * A score bound for range queries: a number (inclusive), `'(n'` (exclusive), or `'-inf'`/`'+inf'`.
 */
export type ScoreBound = number | '-inf' | '+inf' | `(${number}`;

/**
 * Options of `zadd`. `NX` excludes `GT`/`LT`, as in Redis; the type makes that combination a compile error.
 */
export type ZAddOptions = (
  | {
      /** Only add new members, never update existing ones. */
      readonly condition: 'NX';
      /** Not together with `NX`. */
      readonly comparison?: never;
    }
  | {
      /** `XX`: only update existing members, never add. */
      readonly condition?: 'XX';
      /** `GT`/`LT`: only update when the new score is greater / less than the current one. */
      readonly comparison?: 'GT' | 'LT';
    }
) & {
  /** Count changed members too, not only added ones (CH). */
  readonly ch?: boolean;
};

/**
 * Options of `zrange`/`zrangeWithScores`.
 */
export interface ZRangeOptions {
  /** Index from the highest score down (REV). Default `false`. */
  readonly rev?: boolean;
}

/**
 * Options of `zrangebyscore`/`zrangebyscoreWithScores`.
 */
export interface ZRangeByScoreOptions {
  /** Highest score first. The bounds stay `(min, max)`; the driver swaps them for Redis. Default `false`. */
  readonly rev?: boolean;
  /** Skip `offset` matches, then return at most `count`. */
  readonly limit?: {
    /** How many matches to skip. */
    readonly offset: number;
    /** How many to return at most. */
    readonly count: number;
  };
}

/**
 * A lexicographic bound for `zrangebylex`, `zlexcount`, `zremrangebylex`: `'[a'` (inclusive), `'(a'`
 * (exclusive), `'-'` (lowest) or `'+'` (highest). Meaningful when every member has the same score.
 */
export type LexBound = '-' | '+' | `[${string}` | `(${string}`;

/**
 * Options of `zrangebylex`.
 */
export interface ZRangeByLexOptions {
  /** Highest member first. The bounds stay `(min, max)`; the driver swaps them for Redis. Default `false`. */
  readonly rev?: boolean;
  /** Skip `offset` matches, then return at most `count`. */
  readonly limit?: {
    /** How many matches to skip. */
    readonly offset: number;
    /** How many to return at most. */
    readonly count: number;
  };
}

/** Options of `zrangestore` by rank (the default): `start`/`stop` are ranks. */
export interface ZRangeStoreByRankOptions extends ZRangeOptions {
  /** Ranks (the default). */
  readonly by?: 'RANK';
}

/** Options of `zrangestore` by score: `min`/`max` are {@link ScoreBound}s. */
export interface ZRangeStoreByScoreOptions extends ZRangeByScoreOptions {
  /** Scores (BYSCORE). */
  readonly by: 'SCORE';
}

/** Options of `zrangestore` by member: `min`/`max` are {@link LexBound}s. */
export interface ZRangeStoreByLexOptions extends ZRangeByLexOptions {
  /** Members, lexicographically (BYLEX). */
  readonly by: 'LEX';
}

/** Options of `zrangestore`: what the range is over. */
export type ZRangeStoreOptions =
  ZRangeStoreByRankOptions | ZRangeStoreByScoreOptions | ZRangeStoreByLexOptions;

/** How `zunion`/`zinter` combine the scores of a member found in several sets. */
export type ZAggregate = 'SUM' | 'MIN' | 'MAX';

/**
 * Options of `zunion`, `zinter`, `zunionstore`, `zinterstore`.
 */
export interface ZCombineOptions {
  /** One multiplier per key, in the order of the keys (WEIGHTS). Default 1 each. */
  readonly weights?: readonly number[];
  /** How scores are combined (AGGREGATE). Default `'SUM'`. */
  readonly aggregate?: ZAggregate;
}

/**
 * Options of `zintercard`.
 */
export interface ZInterCardOptions {
  /** Stop counting at this many (LIMIT); `0` means no limit. */
  readonly limit?: number;
}

/** Which end `zmpop`/`bzmpop` pop from: the lowest scores (`MIN`) or the highest (`MAX`). */
export type ZPopSide = 'MIN' | 'MAX';

/**
 * Options of `zmpop`/`bzmpop`.
 */
export interface ZMPopOptions {
  /** How many members to pop at most (COUNT). Default 1. */
  readonly count?: number;
}

/**
 * What `zmpop`/`bzmpop` resolve to: the key popped from (without `keyPrefix`) and its members.
 */
export interface ZMPopResult {
  /** The sorted set the members came from, without `keyPrefix`. */
  readonly key: string;
  /** The popped members with their scores, in pop order. */
  readonly members: ScoredMember[];
}

/**
 * What `bzpopmin`/`bzpopmax` resolve to: the key popped from (without `keyPrefix`), the member and its score.
 */
export interface ZPopResult {
  /** The sorted set the member came from, without `keyPrefix`. */
  readonly key: string;
  /** The popped member. */
  readonly member: string;
  /** Its score. */
  readonly score: number;
}
