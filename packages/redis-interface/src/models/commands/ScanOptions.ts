import type { RedisKeyType } from '../RedisKeyType.js';

/**
 * Options of `scan`.
 */
export interface ScanOptions {
  /** Glob-style pattern the keys must match (`user:*`), without the `keyPrefix`. Default: every key. */
  readonly match?: string;
  /** Only keys of this type. */
  readonly type?: RedisKeyType;
  /** How many keys each SCAN call looks at, per node (a hint, not a limit). Default `100`. */
  readonly count?: number;
}
