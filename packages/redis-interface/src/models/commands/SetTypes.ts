/**
 * Options of `sintercard`.
 */
export interface SInterCardOptions {
  /**
   * Stop counting once the intersection reaches this many members (a cheap "at least n in common"
   * test on large sets). `0` or absent: no limit. A whole number `>= 0`.
   */
  readonly limit?: number;
}
