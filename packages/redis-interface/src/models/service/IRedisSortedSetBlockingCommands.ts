import type { RedisKeys } from '../RedisKeys.js';
import type { ZMPopOptions, ZMPopResult, ZPopResult, ZPopSide } from '../commands/SortedSetTypes.js';

/**
 * Blocking sorted set pops; part of {@link IRedisSortedSetCommands}. Each runs on a dedicated
 * connection to the node of its keys (never the shared one, so other commands are not held up); its
 * keys must share one hash slot. They cannot be queued on a pipeline or transaction.
 */
export interface IRedisSortedSetBlockingCommands {
  /**
   * BZPOPMIN: pops the lowest-score member of the first non-empty sorted set, waiting up to
   * `timeoutSeconds` for one.
   * @param keys - one sorted set or several, tried in order; all in one hash slot.
   * @param timeoutSeconds - how long to wait (fractions allowed); `0` waits forever.
   * @returns the key (without `keyPrefix`), the member and its score, or `null` on timeout.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` (cluster, or `strictCrossSlot`)
   * before anything is sent; `INVALID_ARGUMENT` for no key or a negative timeout; `COMMAND_TIMEOUT` naming
   * `maxDedicatedConnections` when every dedicated connection to that node stays busy.
   */
  bzpopmin(keys: RedisKeys, timeoutSeconds: number): Promise<ZPopResult | null>;
  /**
   * BZPOPMAX: like `bzpopmin`, the highest-score member.
   * @param keys - one sorted set or several, tried in order; all in one hash slot.
   * @param timeoutSeconds - how long to wait; `0` waits forever.
   * @returns the key (without `keyPrefix`), the member and its score, or `null` on timeout.
   * @throws {@link @org/redis-interface!RedisError | RedisError} as `bzpopmin`.
   */
  bzpopmax(keys: RedisKeys, timeoutSeconds: number): Promise<ZPopResult | null>;
  /**
   * BZMPOP (Redis 7.0): `zmpop`, waiting up to `timeoutSeconds` for a non-empty set.
   * @param keys - one sorted set or several, tried in order; all in one hash slot.
   * @param from - `MIN` pops the lowest scores, `MAX` the highest.
   * @param timeoutSeconds - how long to wait (fractions allowed); `0` waits forever.
   * @param options - `count`: how many at most (default 1).
   * @returns the key (without `keyPrefix`) and the popped members, or `null` on timeout.
   * @throws {@link @org/redis-interface!RedisError | RedisError} as `bzpopmin`; `INVALID_ARGUMENT` for a
   *   count below 1.
   */
  bzmpop(
    keys: RedisKeys,
    from: ZPopSide,
    timeoutSeconds: number,
    options?: ZMPopOptions,
  ): Promise<ZMPopResult | null>;
}
