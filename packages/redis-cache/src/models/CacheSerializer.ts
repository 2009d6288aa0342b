/**
 * Turns values into the text stored in Redis and back. The default is JSON, strict: it refuses what JSON
 * would silently drop or change (see `jsonCacheSerializer`).
 */
export interface CacheSerializer {
  /**
   * @param value - the value to store (never `undefined`).
   * @returns its text.
   * @throws anything: the cache turns it into `UNSERIALIZABLE_VALUE` and writes nothing.
   */
  serialize(value: unknown): string;
  /**
   * @param text - what `serialize` returned, read back from Redis.
   * @returns the value.
   * @throws anything: the cache turns it into `UNDECODABLE_VALUE` (or a miss, see `getOrSet`).
   */
  deserialize(text: string): unknown;
}
