import { Registry } from 'prom-client';
import { defaultDurationBuckets } from '../models/defaultDurationBuckets.js';
import {
  defaultRedisCacheMetricPrefix,
  redisCacheMetricDefinitions,
} from '../models/redisCacheMetricDefinitions.js';
import {
  defaultRedisMetricPrefix,
  redisClientMetricDefinitions,
} from '../models/redisClientMetricDefinitions.js';
import type { RedisMetrics } from '../models/RedisMetrics.js';
import type { RedisMetricsOptions } from '../models/RedisMetricsOptions.js';
import { assertMetricNamesFree } from './assertMetricNamesFree.js';
import { CommandSeriesBuffer } from './CommandSeriesBuffer.js';
import { createMetricHandlers } from './createMetricHandlers.js';
import { createMetricSet, type RedisMetricSet } from './createMetricSet.js';
import { subscribeChannels } from './subscribeChannels.js';

/**
 * Prometheus metrics for every `@org/redis` client in the process, standalone and cluster alike:
 * registers the metrics of `redisClientMetricNames` and `redisCacheMetricNames` and keeps them up to
 * date from the diagnostics channels (`redisDiagnosticsChannels`) of the drivers, a migrating
 * service and the caches of `@org/redis-cache`. No client is wrapped; until this is called nothing is
 * subscribed, and the drivers skip even their timing work.
 *
 * @example
 * ```ts
 * const metrics = createRedisMetrics({ registry: register }); // prom-client's default registry
 * app.get('/metrics', async () => register.metrics());
 * // on shutdown
 * metrics.stop();
 * ```
 *
 * @param options - registry, name prefixes and histogram buckets; all optional.
 * @returns the registry and `stop()`, which unsubscribes (the metrics stay registered).
 * @throws Error when the registry already holds a metric of the same name (call this once per
 *   registry, or use other prefixes); nothing is registered then.
 */
export function createRedisMetrics(options: RedisMetricsOptions = {}): RedisMetrics {
  const registry = options.registry ?? new Registry();
  const prefix = options.prefix ?? defaultRedisMetricPrefix;
  // A second set of metrics under another `prefix` must not clash on the cache names either.
  const cachePrefix =
    options.cachePrefix ??
    (options.prefix === undefined ? defaultRedisCacheMetricPrefix : `${options.prefix}cache_`);
  assertMetricNamesFree(registry, [
    ...redisClientMetricDefinitions.map(({ suffix }) => `${prefix}${suffix}`),
    ...redisCacheMetricDefinitions.map(({ suffix }) => `${cachePrefix}${suffix}`),
  ]);
  const metrics: RedisMetricSet = createMetricSet(
    redisClientMetricDefinitions,
    registry,
    prefix,
    options.durationBuckets ?? defaultDurationBuckets,
    // Runs only when the registry is read, after `commands` below exists.
    () => commands.flush(),
  );
  // Factories and lock waits take milliseconds to seconds: the command buckets an application tunes
  // for sub-millisecond Redis calls would not fit them.
  const cacheMetrics = createMetricSet(
    redisCacheMetricDefinitions,
    registry,
    cachePrefix,
    defaultDurationBuckets,
  );
  const commands = new CommandSeriesBuffer(metrics.commands_total, metrics.command_duration_seconds);
  const stop = subscribeChannels(createMetricHandlers(metrics, commands, cacheMetrics));
  return { registry, stop };
}
