import { defaultRedisMetricPrefix, redisClientMetricDefinitions } from './redisClientMetricDefinitions.js';

/**
 * The name of every metric `createRedisMetrics()` registers with the default prefix
 * (`redis_client_commands_total`, …). The alert rules and dashboards in `ops/` reference only
 * names from this list; a test keeps it equal to what a live registry exposes.
 */
export const redisClientMetricNames: readonly string[] = Object.freeze(
  redisClientMetricDefinitions.map((definition) => `${defaultRedisMetricPrefix}${definition.suffix}`),
);
