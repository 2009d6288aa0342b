/**
 * When `expire`/`pexpire` applies (Redis 7+): `NX` only if the key has no expiry, `XX` only if it has one,
 * `GT` only if the new expiry is later, `LT` only if it is earlier.
 */
export type ExpireCondition = 'NX' | 'XX' | 'GT' | 'LT';
