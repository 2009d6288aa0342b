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
