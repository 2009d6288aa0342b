import type { RedisKeyInput, RedisKeys } from '../RedisKeys.js';
import type { IRedisListBlockingCommands } from './IRedisListBlockingCommands.js';
import type { IRedisListElementCommands } from './IRedisListElementCommands.js';
import type { RedisValue, RedisValues } from '../RedisValue.js';
import type { ListSide } from '../commands/ListSide.js';
import type { ListPopResult } from '../commands/ListTypes.js';

/**
 * List commands. Blocking ones (`blpop`, `brpop`, `blmove`, `blmpop`) run on a dedicated connection
 * and never hold up other commands; the command timeout is extended by the blocking timeout (none
 * when it is `0`: they wait forever). Dedicated connections are at most `maxDedicatedConnections` per
 * node; past it a call waits, first come first served, up to half of `commandTimeoutMs` for one to
 * be released. Blocking members cannot be queued on a pipeline, transaction or durable write.
 *
 * Every member rejects with `INVALID_ARGUMENT` (nothing sent) for a bad argument, and with
 * `WRONG_TYPE` when a key holds something else than a list. Members over several keys need them in
 * one hash slot: `CROSS_SLOT` before sending in a cluster (and on a standalone server with
 * `strictCrossSlot`).
 */
export interface IRedisListCommands extends IRedisListBlockingCommands, IRedisListElementCommands {
  /**
   * LPUSH.
   * @param key - the list.
   * @param values - one value or several (each pushed to the head in turn).
   * @returns the new length.
   */
  lpush(key: RedisKeyInput, values: RedisValues): Promise<number>;
  /**
   * RPUSH.
   * @param key - the list.
   * @param values - one value or several.
   * @returns the new length.
   */
  rpush(key: RedisKeyInput, values: RedisValues): Promise<number>;
  /**
   * LPOP of one element.
   * @param key - the list.
   * @returns the element, or `null` when the list is empty.
   */
  lpop(key: RedisKeyInput): Promise<string | null>;
  /**
   * LPOP of up to `count` elements.
   * @param key - the list.
   * @param count - how many.
   * @returns the elements, `[]` when the list is empty.
   */
  lpop(key: RedisKeyInput, count: number): Promise<string[]>;
  /**
   * LPOP, either form: one element (or `null`) without `count`, a list with it.
   * @param key - the list.
   * @param count - how many, or `undefined` for one element.
   * @returns the element or `null`; with `count`, the elements (`[]` when empty).
   */
  lpop(key: RedisKeyInput, count?: number): Promise<string | null | string[]>;
  /**
   * RPOP of one element.
   * @param key - the list.
   * @returns the element, or `null` when the list is empty.
   */
  rpop(key: RedisKeyInput): Promise<string | null>;
  /**
   * RPOP of up to `count` elements.
   * @param key - the list.
   * @param count - how many.
   * @returns the elements, `[]` when the list is empty.
   */
  rpop(key: RedisKeyInput, count: number): Promise<string[]>;
  /**
   * RPOP, either form: one element (or `null`) without `count`, a list with it.
   * @param key - the list.
   * @param count - how many, or `undefined` for one element.
   * @returns the element or `null`; with `count`, the elements (`[]` when empty).
   */
  rpop(key: RedisKeyInput, count?: number): Promise<string | null | string[]>;
  /**
   * LLEN.
   * @param key - the list.
   * @returns the length, `0` when missing.
   */
  llen(key: RedisKeyInput): Promise<number>;
  /**
   * LRANGE.
   * @param key - the list.
   * @param start - first index (negative counts from the end).
   * @param stop - last index, inclusive (`-1` for the end).
   * @returns the elements.
   */
  lrange(key: RedisKeyInput, start: number, stop: number): Promise<string[]>;
  /**
   * LINDEX.
   * @param key - the list.
   * @param index - the index (negative counts from the end).
   * @returns the element, or `null` when out of range.
   */
  lindex(key: RedisKeyInput, index: number): Promise<string | null>;
  /**
   * LSET.
   * @param key - the list.
   * @param index - the index.
   * @param value - the new element.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `SERVER_ERROR` when the index is out of
   *   range.
   */
  lset(key: RedisKeyInput, index: number, value: RedisValue): Promise<'OK'>;
  /**
   * LREM.
   * @param key - the list.
   * @param count - how many to remove: from the head when positive, the tail when negative, all when 0.
   * @param value - the element to remove.
   * @returns how many were removed.
   */
  lrem(key: RedisKeyInput, count: number, value: RedisValue): Promise<number>;
  /**
   * LTRIM: keeps only the given range.
   * @param key - the list.
   * @param start - first index kept.
   * @param stop - last index kept, inclusive.
   */
  ltrim(key: RedisKeyInput, start: number, stop: number): Promise<'OK'>;
  /**
   * LMOVE: moves an element between lists atomically. Both keys must share one hash slot.
   * @param source - the list to take from.
   * @param destination - the list to push to (may be the same).
   * @param from - which end of `source`.
   * @param to - which end of `destination`.
   * @returns the element, or `null` when `source` is empty.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` (cluster, or `strictCrossSlot`)
   *   before anything is sent.
   */
  lmove(
    source: RedisKeyInput,
    destination: RedisKeyInput,
    from: ListSide,
    to: ListSide,
  ): Promise<string | null>;
  /**
   * LPUSHX: like `lpush`, only when the list exists.
   * @param key - the list.
   * @param values - one value or several (each pushed to the head in turn).
   * @returns the new length, `0` (nothing pushed) when the key is missing.
   */
  lpushx(key: RedisKeyInput, values: RedisValues): Promise<number>;
  /**
   * RPUSHX: like `rpush`, only when the list exists.
   * @param key - the list.
   * @param values - one value or several.
   * @returns the new length, `0` (nothing pushed) when the key is missing.
   */
  rpushx(key: RedisKeyInput, values: RedisValues): Promise<number>;
  /**
   * LMPOP: pops up to `count` elements from the first non-empty list of `keys`. All keys must share
   * one hash slot.
   * @param keys - one list or several, checked in order.
   * @param side - `LEFT` pops from the head, `RIGHT` from the tail.
   * @param count - how many at most (default 1).
   * @returns the key (without `keyPrefix`) and the elements, or `null` when every list is empty.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` (cluster, or `strictCrossSlot`)
   *   before anything is sent.
   */
  lmpop(keys: RedisKeys, side: ListSide, count?: number): Promise<ListPopResult | null>;
}
