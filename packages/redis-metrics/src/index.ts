// Our declarations use Node types (Buffer, NodeJS.*): an app compiled with TypeScript 6+ (no automatic @types)
// gets them from here, and @types/node is a peer dependency so that one copy is shared with the app.
/// <reference types="node" preserve="true" />
/**
 * Prometheus metrics (prom-client) and structured pino logs for `@org/redis` clients, built from
 * the diagnostics channels the drivers, a migrating service and the caches of `@org/redis-cache`
 * publish to: the same metrics in standalone and cluster mode, nothing wrapped, nothing subscribed
 * until asked. Every metric is described in `docs/metrics.md`.
 *
 * @packageDocumentation
 */

// Metrics
export { createRedisMetrics } from './services/createRedisMetrics.js';
export type { RedisMetrics } from './models/RedisMetrics.js';
export type { RedisMetricsOptions } from './models/RedisMetricsOptions.js';
export { redisClientMetricNames } from './models/redisClientMetricNames.js';
export {
  redisClientMetricDefinitions,
  defaultRedisMetricPrefix,
} from './models/redisClientMetricDefinitions.js';
export type {
  RedisMetricDefinition,
  RedisMetricSuffix,
  RedisMetricType,
} from './models/redisClientMetricDefinitions.js';
export { redisCacheMetricNames } from './models/redisCacheMetricNames.js';
export {
  redisCacheMetricDefinitions,
  defaultRedisCacheMetricPrefix,
} from './models/redisCacheMetricDefinitions.js';
export type { RedisCacheMetricSuffix } from './models/redisCacheMetricDefinitions.js';
export { defaultDurationBuckets } from './models/defaultDurationBuckets.js';
export { toCommandLabel } from './calculations/toCommandLabel.js';

// Logs
export { createRedisLogger } from './services/createRedisLogger.js';
export type { RedisLogger } from './models/RedisLogger.js';
export type { RedisLoggerOptions } from './models/RedisLoggerOptions.js';
export { redisLogRedaction } from './models/redisLogRedaction.js';
export { censorRedisSecret, redactedText } from './calculations/censorRedisSecret.js';
export { redisErrSerializer } from './calculations/redisErrSerializer.js';
