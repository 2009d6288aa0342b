import type { RedisTtl } from './RedisTtl.js';

/**
 * When `set` writes: `NX` only if the key does not exist, `XX` only if it does.
 */
export type SetCondition = 'NX' | 'XX';

/**
 * How `set` handles expiry: a relative `ttl`, an absolute `expiresAt`, `keepTtl`, or none of them (the key
 * then loses any expiry it had). At most one can be given; the type makes a second one a compile error.
 */
export type SetExpiryOptions =
  | {
      /** Expire after this long (EX / PX). */
      readonly ttl?: RedisTtl;
      /** Not together with `ttl`. */
      readonly expiresAt?: never;
      /** Not together with `ttl`. */
      readonly keepTtl?: never;
    }
  | {
      /** Not together with `expiresAt`. */
      readonly ttl?: never;
      /** Expire at this instant (PXAT). */
      readonly expiresAt: Date;
      /** Not together with `expiresAt`. */
      readonly keepTtl?: never;
    }
  | {
      /** Not together with `keepTtl`. */
      readonly ttl?: never;
      /** Not together with `keepTtl`. */
      readonly expiresAt?: never;
      /** Keep the key's current expiry (KEEPTTL). */
      readonly keepTtl: true;
    };

/**
 * Options of `set` and `setJson`.
 *
 * @remarks
 * A TTL that is not a positive integer, or an invalid date, is rejected with `INVALID_ARGUMENT` before anything
 * is sent (see {@link toSetArguments}).
 */
export type SetOptions = SetExpiryOptions & {
  /** Write only if the key does not exist (`NX`) or only if it does (`XX`). */
  readonly condition?: SetCondition;
  /** Return the previous value instead of `'OK'` (SET … GET). */
  readonly get?: boolean;
};
