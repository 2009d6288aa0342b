import type { RedisTtl } from './RedisTtl.js';

/**
 * What `getex` does to the key's expiry: a relative `ttl` (EX / PX), an absolute `expiresAt` (PXAT) or
 * `persist` (removes it). At most one; without options GETEX leaves the expiry as it is (like GET).
 */
export type GetExOptions =
  | {
      /** EX / PX: expire this long from now (a positive whole number of seconds or milliseconds). */
      readonly ttl: RedisTtl;
      /** Not with `ttl`. */
      readonly expiresAt?: never;
      /** Not with `ttl`. */
      readonly persist?: never;
    }
  | {
      /** Not with `expiresAt`. */
      readonly ttl?: never;
      /** PXAT: expire at this instant (a valid `Date`, sent in ms; one in the past deletes the key). */
      readonly expiresAt: Date;
      /** Not with `expiresAt`. */
      readonly persist?: never;
    }
  | {
      /** Not with `persist`. */
      readonly ttl?: never;
      /** Not with `persist`. */
      readonly expiresAt?: never;
      /** PERSIST: remove the key's expiry (only `true`). */
      readonly persist: true;
    };

/** Options of `lcs`: the plain form resolves the common subsequence itself. */
export interface LcsOptions {
  /** LEN: resolve only the length of the longest common subsequence. */
  readonly len?: boolean;
  /** IDX: resolve the matching ranges ({@link LcsMatches}). Not together with `len`. */
  readonly idx?: boolean;
  /** MINMATCHLEN (with `idx`): leave out matches shorter than this. */
  readonly minMatchLength?: number;
  /** WITHMATCHLEN (with `idx`): give each match its length. */
  readonly withMatchLength?: boolean;
}

/** A range of byte offsets, both inclusive. */
export type LcsRange = readonly [start: number, end: number];

/** One match of `lcs(…, { idx: true })`: where it is in each value. */
export interface LcsMatch {
  /** The range in the first key's value. */
  readonly key1: LcsRange;
  /** The range in the second key's value. */
  readonly key2: LcsRange;
  /** Its length, only with `withMatchLength`. */
  readonly length?: number;
}

/** What `lcs(…, { idx: true })` resolves to. */
export interface LcsMatches {
  /** The matches, from the last one in the values to the first (as Redis gives them). */
  readonly matches: readonly LcsMatch[];
  /** The length of the longest common subsequence. */
  readonly length: number;
}
