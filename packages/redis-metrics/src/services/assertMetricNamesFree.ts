import type { Registry } from 'prom-client';

/**
 * Check that `registry` holds none of `names`, before anything is registered: the client and cache
 * metrics have prefixes of their own, and a clash found only on the second set would leave the first
 * registered and half of `createRedisMetrics()` done.
 *
 * @throws Error naming the first metric already registered, and what to do.
 */
export function assertMetricNamesFree(registry: Registry, names: readonly string[]): void {
  const taken = names.find((name) => registry.getSingleMetric(name) !== undefined);
  if (taken === undefined) return;
  throw new Error(
    `${taken} is already registered on this registry: create the Redis metrics once per registry, or give them another prefix (prefix, cachePrefix).`,
  );
}
