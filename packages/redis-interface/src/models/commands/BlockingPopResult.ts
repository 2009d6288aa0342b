/**
 * What `blpop`/`brpop` resolve to when an element arrived: the key it came from (without `keyPrefix`) and
 * the element.
 */
export type BlockingPopResult = readonly [key: string, value: string];

/**
 * What `redis.bytes.blpop`/`brpop` resolve to when an element arrived: the key it came from as text (without
 * `keyPrefix`), and the element as the exact bytes stored.
 */
export type BlockingPopBytesResult = readonly [key: string, value: Buffer];
