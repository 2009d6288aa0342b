import { Registry } from 'prom-client';
import { defaultDurationBuckets } from '../models/defaultDurationBuckets.js';
import { defaultRedisMetricPrefix } from '../models/redisClientMetricDefinitions.js';
import type { RedisMetrics } from '../models/RedisMetrics.js';
import type { RedisMetricsOptions } from '../models/RedisMetricsOptions.js';
import { CommandSeriesBuffer } from './CommandSeriesBuffer.js';
import { createMetricHandlers } from './createMetricHandlers.js';
import { createMetricSet } from './createMetricSet.js';
import { subscribeChannels } from './subscribeChannels.js';

/**
 * Prometheus metrics for every `@org/redis` client in the process, standalone and cluster alike:
 * registers the metrics of `redisClientMetricNames` and keeps them up to date from the drivers'
 * diagnostics channels (`redisDiagnosticsChannels`). No client is wrapped; until this is called
 * nothing is subscribed, and the drivers skip even their timing work.
 *
 * @example
 * ```ts
 * const metrics = createRedisMetrics({ registry: register }); // prom-client's default registry
 * app.get('/metrics', async () => register.metrics());
 * // on shutdown
 * metrics.stop();
 * ```
 *
 * @param options - registry, name prefix and histogram buckets; all optional.
 * @returns the registry and `stop()`, which unsubscribes (the metrics stay registered).
 * @throws Error when the registry already holds a metric of the same name (call this once per
 *   registry, or use another prefix).
 */
export function createRedisMetrics(options: RedisMetricsOptions = {}): RedisMetrics {
  const registry = options.registry ?? new Registry();
  const metrics = createMetricSet(
    registry,
    options.prefix ?? defaultRedisMetricPrefix,
    options.durationBuckets ?? defaultDurationBuckets,
    // Runs only when the registry is read, after `commands` below exists.
    () => commands.flush(),
  );
  const commands = new CommandSeriesBuffer(metrics.commands_total, metrics.command_duration_seconds);
  const stop = subscribeChannels(createMetricHandlers(metrics, commands));
  return { registry, stop };
}
