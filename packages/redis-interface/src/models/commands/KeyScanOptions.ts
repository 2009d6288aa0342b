/**
 * Options of the iterators over one key's elements: `hscan`, `sscan` and `zscan`.
 */
export interface KeyScanOptions {
  /**
   * Glob-style pattern (`user:*`) the hash fields, set members or sorted-set members must match. It is
   * matched against the elements, not against keys, so the `keyPrefix` plays no part. Default: every one.
   */
  readonly match?: string;
  /** How many elements each call looks at (a hint, not a limit): a whole number `>= 1`. Default `100`. */
  readonly count?: number;
}
