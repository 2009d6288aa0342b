/**
 * A time to live, in seconds or in milliseconds (exactly one of them). Must be a positive integer.
 */
export type RedisTtl =
  | {
      /** Seconds (SET … EX). */
      readonly seconds: number;
      /** Not together with `seconds`. */
      readonly milliseconds?: never;
    }
  | {
      /** Milliseconds (SET … PX). */
      readonly milliseconds: number;
      /** Not together with `milliseconds`. */
      readonly seconds?: never;
    };
