/**
 * Options of `lpos` returning the first match: where to start and how far to look.
 */
export interface LPosOptions {
  /**
   * RANK: the n-th match to return (`1` the first, `2` the second…); negative counts matches from
   * the tail (`-1` the last match). Never `0`. Default `1`.
   */
  readonly rank?: number;
  /** MAXLEN: compare at most this many elements (`0`, the default: the whole list). */
  readonly maxlen?: number;
  /** Not here: with `count`, `lpos` resolves a list of indexes ({@link LPosCountOptions}). */
  readonly count?: undefined;
}

/**
 * Options of `lpos` returning every match up to `count`.
 */
export interface LPosCountOptions {
  /** RANK, as in {@link LPosOptions.rank}: the match to start from. */
  readonly rank?: number;
  /** MAXLEN, as in {@link LPosOptions.maxlen}. */
  readonly maxlen?: number;
  /** COUNT: how many matches at most (`0`: all of them). */
  readonly count: number;
}

/**
 * Where `linsert` puts the element: just before or just after the pivot.
 */
export type ListInsertPosition = 'BEFORE' | 'AFTER';

/**
 * What `lmpop`/`blmpop` resolve to when a list had elements: the key they came from (without
 * `keyPrefix`) and the elements popped, in pop order.
 */
export interface ListPopResult {
  /** The list the elements were popped from, without `keyPrefix`. */
  readonly key: string;
  /** The popped elements, in pop order (at least one, at most the `count` asked for). */
  readonly elements: string[];
}
