/**
 * What `blpop`/`brpop` resolve to when an element arrived: the key it came from (without `keyPrefix`) and
 * the element.
 */
export type BlockingPopResult = readonly [key: string, value: string];
