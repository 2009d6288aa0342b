/**
 * A hash field with its value, as `hrandfield(key, { count, withValues: true })` returns them and
 * `hscan` yields them. A pair, not a record: HRANDFIELD with a negative count may repeat a field.
 */
export type HashEntry = [field: string, value: string];

/**
 * Options of `hrandfield` asking for several fields (HRANDFIELD's `count` and `WITHVALUES`).
 */
export interface HRandFieldOptions {
  /**
   * How many fields: a positive count returns distinct fields (all of them when the hash has fewer);
   * a negative count returns exactly `-count` fields, the same field possibly more than once; `0`
   * returns none. A whole number.
   */
  readonly count: number;
  /** Return each field with its value, as {@link HashEntry} pairs (WITHVALUES). Default `false`. */
  readonly withValues?: boolean;
}
