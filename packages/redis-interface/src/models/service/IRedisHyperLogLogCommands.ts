import type { RedisKeyInput, RedisKeys } from '../RedisKeys.js';
import type { RedisValues } from '../RedisValue.js';

/**
 * HyperLogLog: approximate distinct counts (0.81% standard error) in at most 12 KB per key.
 * Several keys (`pfcount` over many, `pfmerge`) must share one hash slot.
 */
export interface IRedisHyperLogLogCommands {
  /**
   * PFADD.
   * @param key - the key (created when missing).
   * @param elements - one element or several; none (or `[]`) only creates the key.
   * @returns `true` when the estimate changed (or the key was created), `false` otherwise.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `WRONG_TYPE` when the key holds a string
   *   that is not a HyperLogLog.
   */
  pfadd(key: RedisKeyInput, elements?: RedisValues): Promise<boolean>;
  /**
   * PFCOUNT: the estimated number of distinct elements (of the union, for several keys).
   * @param keys - one key or several, sharing one hash slot; a missing key counts as empty.
   * @returns the estimate.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for no key; `CROSS_SLOT`
   * (cluster, or `strictCrossSlot`) before anything is sent.
   */
  pfcount(keys: RedisKeys): Promise<number>;
  /**
   * PFMERGE: writes the union of the sources into `destination` (merged with what it holds).
   * @param destination - the key written.
   * @param sources - one key or several; every key shares one hash slot with `destination`.
   * @returns `'OK'`.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` (cluster, or `strictCrossSlot`)
   *   before anything is sent.
   */
  pfmerge(destination: RedisKeyInput, sources: RedisKeys): Promise<'OK'>;
}
