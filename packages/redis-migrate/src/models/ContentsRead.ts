import type { IRedisService } from '@org/redis-interface';
import type { RateLimiter } from '../services/createRateLimiter.js';

/** One key to compare element by element on both sides (`compareKeyContents`). */
export interface ContentsRead {
  readonly source: IRedisService;
  readonly target: IRedisService;
  /** The key's exact bytes, without either side's `keyPrefix`. */
  readonly key: Buffer;
  /** Elements per command (`--batch`). */
  readonly chunk: number;
  /** Paces what is sent to the source (`--max-ops-per-second`). */
  readonly limiter: RateLimiter;
}

/** The outcome of comparing one key's contents: the same, or the first difference found. */
export type ContentsVerdict =
  | { readonly same: true }
  | {
      readonly same: false;
      readonly kind: 'valueDiffers' | 'typeDiffers' | 'missing' | 'gone';
      readonly detail: string;
    };
