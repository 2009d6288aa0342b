import { defaultRedisCacheMetricPrefix, redisCacheMetricDefinitions } from './redisCacheMetricDefinitions.js';

/**
 * The name of every cache metric `createRedisMetrics()` registers with the default cache prefix
 * (`redis_cache_hits_total`, …). The cache alert rules and dashboard panels in `ops/` reference only
 * names from this list; a test keeps it equal to what a live registry exposes.
 */
export const redisCacheMetricNames: readonly string[] = Object.freeze(
  redisCacheMetricDefinitions.map((definition) => `${defaultRedisCacheMetricPrefix}${definition.suffix}`),
);
