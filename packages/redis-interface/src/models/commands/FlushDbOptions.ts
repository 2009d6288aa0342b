/**
 * Options of `flushdb`. The confirmation is required, so that deleting every key cannot happen by accident.
 */
export interface FlushDbOptions {
  /** Must be exactly `'FLUSHDB'`; anything else is rejected with `CONFIRMATION_REQUIRED`. */
  readonly confirm: 'FLUSHDB';
  /** Free memory in the background (FLUSHDB ASYNC). Default `false`. */
  readonly async?: boolean;
}
