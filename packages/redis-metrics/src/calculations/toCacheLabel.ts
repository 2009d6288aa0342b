// The rule `@org/redis-cache` applies to a cache's `name` option: only such a name reaches an event.
const cacheNamePattern = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The `cache` label: the cache's name (configured, so bounded by the application) when it is one a
 * cache accepts (1 to 64 letters, digits, `_` or `-`), else `other`.
 *
 * @param cache - the `cache` field of a cache event.
 */
export function toCacheLabel(cache: unknown): string {
  return typeof cache === 'string' && cacheNamePattern.test(cache) ? cache : 'other';
}
