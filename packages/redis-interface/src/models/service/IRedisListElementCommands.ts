import type { RedisKeyInput } from '../RedisKeys.js';
import type { RedisValue } from '../RedisValue.js';
import type { ListInsertPosition, LPosCountOptions, LPosOptions } from '../commands/ListTypes.js';

/**
 * List commands that find an element by its value: LINSERT (next to a pivot) and LPOS (its index).
 * Part of {@link IRedisListCommands}; one key each, routed by its slot in a cluster.
 */
export interface IRedisListElementCommands {
  /**
   * LINSERT: inserts an element just before or after the first occurrence of `pivot`.
   * @param key - the list.
   * @param position - `BEFORE` or `AFTER` the pivot.
   * @param pivot - the element to look for (from the head).
   * @param element - the element to insert.
   * @returns the new length; `-1` when `pivot` is not in the list; `0` when the key is missing.
   */
  linsert(
    key: RedisKeyInput,
    position: ListInsertPosition,
    pivot: RedisValue,
    element: RedisValue,
  ): Promise<number>;
  /**
   * LPOS: the index of the first element equal to `element` (or the `rank`-th match).
   * @param key - the list.
   * @param element - the element to look for.
   * @param options - `rank` (which match; negative: from the tail), `maxlen` (how many to compare).
   * @returns the index (from the head, 0-based), or `null` when there is no match.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for a `rank` of 0 or a
   *   negative `maxlen`.
   */
  lpos(key: RedisKeyInput, element: RedisValue, options?: LPosOptions): Promise<number | null>;
  /**
   * LPOS with COUNT: the indexes of up to `count` matches (`0`: all).
   * @param key - the list.
   * @param element - the element to look for.
   * @param options - `count`, and `rank` and `maxlen` as above.
   * @returns the indexes in match order, `[]` when there is none.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for a negative `count` or
   *   `maxlen`, or a `rank` of 0.
   */
  lpos(key: RedisKeyInput, element: RedisValue, options: LPosCountOptions): Promise<number[]>;
  /**
   * LPOS, either form: one index (or `null`) without `count`, a list of indexes with it.
   * @param key - the list.
   * @param element - the element to look for.
   * @param options - `rank`, `maxlen`, and `count` for the list form.
   * @returns the index or `null`; with `count`, the indexes.
   */
  lpos(
    key: RedisKeyInput,
    element: RedisValue,
    options?: LPosOptions | LPosCountOptions,
  ): Promise<number | null | number[]>;
}
