import type { RedisKeyInput, RedisKeys } from '../RedisKeys.js';
import type { BlockingPopResult } from '../commands/BlockingPopResult.js';
import type { ListSide } from '../commands/ListSide.js';
import type { ListPopResult } from '../commands/ListTypes.js';

/**
 * The blocking list commands, part of {@link IRedisListCommands}: each runs on a dedicated
 * connection and never holds up other commands; the command timeout is extended by the blocking
 * timeout (none when it is `0`: they wait forever). They cannot be queued.
 */
export interface IRedisListBlockingCommands {
  /**
   * BLPOP: pops from the head of the first non-empty list, waiting up to `timeoutSeconds`. Runs on a
   * dedicated connection. All keys must share one hash slot.
   * @param keys - one list or several, checked in order.
   * @param timeoutSeconds - how long to wait (fractions allowed); `0` waits forever.
   * @returns the key (without `keyPrefix`) and element, or `null` on timeout.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` (cluster, or `strictCrossSlot`)
   * before anything is sent; `COMMAND_TIMEOUT` naming `maxDedicatedConnections` when every dedicated
   * connection to that node stays busy.
   */
  blpop(keys: RedisKeys, timeoutSeconds: number): Promise<BlockingPopResult | null>;
  /**
   * BRPOP: like `blpop`, from the tail.
   * @param keys - one list or several, checked in order.
   * @param timeoutSeconds - how long to wait; `0` waits forever.
   * @returns the key and element, or `null` on timeout.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` (cluster, or `strictCrossSlot`)
   * before anything is sent; `COMMAND_TIMEOUT` naming `maxDedicatedConnections` when every dedicated
   * connection to that node stays busy.
   */
  brpop(keys: RedisKeys, timeoutSeconds: number): Promise<BlockingPopResult | null>;
  /**
   * BLMOVE: like `lmove`, waiting up to `timeoutSeconds` for `source` to have an element. Runs on a
   * dedicated connection. Both keys must share one hash slot.
   * @param source - the list to take from.
   * @param destination - the list to push to (may be the same).
   * @param from - which end of `source`.
   * @param to - which end of `destination`.
   * @param timeoutSeconds - how long to wait (fractions allowed); `0` waits forever.
   * @returns the element, or `null` on timeout.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` (cluster, or `strictCrossSlot`)
   * before anything is sent; `COMMAND_TIMEOUT` naming `maxDedicatedConnections` when every dedicated
   * connection to that node stays busy.
   */
  blmove(
    source: RedisKeyInput,
    destination: RedisKeyInput,
    from: ListSide,
    to: ListSide,
    timeoutSeconds: number,
  ): Promise<string | null>;
  /**
   * BLMPOP: like `lmpop`, waiting up to `timeoutSeconds` for one of the lists to have elements. Runs
   * on a dedicated connection. All keys must share one hash slot.
   * @param keys - one list or several, checked in order.
   * @param side - `LEFT` pops from the head, `RIGHT` from the tail.
   * @param timeoutSeconds - how long to wait (fractions allowed); `0` waits forever.
   * @param count - how many at most (default 1).
   * @returns the key (without `keyPrefix`) and the elements, or `null` on timeout.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` (cluster, or `strictCrossSlot`)
   * before anything is sent; `COMMAND_TIMEOUT` naming `maxDedicatedConnections` when every dedicated
   * connection to that node stays busy.
   */
  blmpop(
    keys: RedisKeys,
    side: ListSide,
    timeoutSeconds: number,
    count?: number,
  ): Promise<ListPopResult | null>;
}
