import type { RedisKeys } from '../RedisKeys.js';
import type { RedisValue, RedisValues } from '../RedisValue.js';
import type { BlockingPopResult } from '../commands/BlockingPopResult.js';
import type { ListSide } from '../commands/ListSide.js';

/**
 * List commands. Blocking pops run on a dedicated connection and never hold up other commands; the
 * command timeout is extended by the blocking timeout. Dedicated connections are at most `maxDedicatedConnections` per node; past it a call waits, first come first served, up to half of `commandTimeoutMs` for one to be released.
 */
export interface IRedisListCommands {
  /**
   * LPUSH.
   * @param key - the list.
   * @param values - one value or several (each pushed to the head in turn).
   * @returns the new length.
   */
  lpush(key: string, values: RedisValues): Promise<number>;
  /**
   * RPUSH.
   * @param key - the list.
   * @param values - one value or several.
   * @returns the new length.
   */
  rpush(key: string, values: RedisValues): Promise<number>;
  /**
   * LPOP of one element.
   * @param key - the list.
   * @returns the element, or `null` when the list is empty.
   */
  lpop(key: string): Promise<string | null>;
  /**
   * LPOP of up to `count` elements.
   * @param key - the list.
   * @param count - how many.
   * @returns the elements, `[]` when the list is empty.
   */
  lpop(key: string, count: number): Promise<string[]>;
  /**
   * RPOP of one element.
   * @param key - the list.
   * @returns the element, or `null` when the list is empty.
   */
  rpop(key: string): Promise<string | null>;
  /**
   * RPOP of up to `count` elements.
   * @param key - the list.
   * @param count - how many.
   * @returns the elements, `[]` when the list is empty.
   */
  rpop(key: string, count: number): Promise<string[]>;
  /**
   * LLEN.
   * @param key - the list.
   * @returns the length, `0` when missing.
   */
  llen(key: string): Promise<number>;
  /**
   * LRANGE.
   * @param key - the list.
   * @param start - first index (negative counts from the end).
   * @param stop - last index, inclusive (`-1` for the end).
   * @returns the elements.
   */
  lrange(key: string, start: number, stop: number): Promise<string[]>;
  /**
   * LINDEX.
   * @param key - the list.
   * @param index - the index (negative counts from the end).
   * @returns the element, or `null` when out of range.
   */
  lindex(key: string, index: number): Promise<string | null>;
  /**
   * LSET.
   * @param key - the list.
   * @param index - the index.
   * @param value - the new element.
   * @throws {@link RedisError} `SERVER_ERROR` when the index is out of range.
   */
  lset(key: string, index: number, value: RedisValue): Promise<'OK'>;
  /**
   * LREM.
   * @param key - the list.
   * @param count - how many to remove: from the head when positive, the tail when negative, all when 0.
   * @param value - the element to remove.
   * @returns how many were removed.
   */
  lrem(key: string, count: number, value: RedisValue): Promise<number>;
  /**
   * LTRIM: keeps only the given range.
   * @param key - the list.
   * @param start - first index kept.
   * @param stop - last index kept, inclusive.
   */
  ltrim(key: string, start: number, stop: number): Promise<'OK'>;
  /**
   * LMOVE: moves an element between lists atomically. Both keys must share one hash slot.
   * @param source - the list to take from.
   * @param destination - the list to push to (may be the same).
   * @param from - which end of `source`.
   * @param to - which end of `destination`.
   * @returns the element, or `null` when `source` is empty.
   * @throws {@link RedisError} `CROSS_SLOT` (cluster, or `strictCrossSlot`) before anything is sent.
   */
  lmove(source: string, destination: string, from: ListSide, to: ListSide): Promise<string | null>;
  /**
   * BLPOP: pops from the head of the first non-empty list, waiting up to `timeoutSeconds`. Runs on a
   * dedicated connection. All keys must share one hash slot.
   * @param keys - one list or several, checked in order.
   * @param timeoutSeconds - how long to wait (fractions allowed); `0` waits forever.
   * @returns the key (without `keyPrefix`) and element, or `null` on timeout.
   * @throws {@link RedisError} `CROSS_SLOT` (cluster, or `strictCrossSlot`) before anything is sent;
   * `COMMAND_TIMEOUT` naming `maxDedicatedConnections` when every dedicated connection to that node stays busy.
   */
  blpop(keys: RedisKeys, timeoutSeconds: number): Promise<BlockingPopResult | null>;
  /**
   * BRPOP: like `blpop`, from the tail.
   * @param keys - one list or several, checked in order.
   * @param timeoutSeconds - how long to wait; `0` waits forever.
   * @returns the key and element, or `null` on timeout.
   * @throws {@link RedisError} `CROSS_SLOT` (cluster, or `strictCrossSlot`) before anything is sent;
   * `COMMAND_TIMEOUT` naming `maxDedicatedConnections` when every dedicated connection to that node stays busy.
   */
  brpop(keys: RedisKeys, timeoutSeconds: number): Promise<BlockingPopResult | null>;
}
