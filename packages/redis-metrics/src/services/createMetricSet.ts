import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import {
  redisClientMetricDefinitions,
  type RedisMetricSuffix,
  type RedisMetricType,
} from '../models/redisClientMetricDefinitions.js';

type MetricOf<T extends RedisMetricType> = T extends 'counter'
  ? Counter
  : T extends 'gauge'
    ? Gauge
    : Histogram;

type Definition = (typeof redisClientMetricDefinitions)[number];

/** The prom-client metric objects, by name suffix (`commands_total`…). */
export type RedisMetricSet = {
  readonly [D in Definition as D['suffix']]: MetricOf<D['type']>;
};

/**
 * Create and register every metric of {@link redisClientMetricDefinitions} on `registry`.
 * `beforeRead` runs whenever one of them is read (prom-client's `collect` hook): it hands over
 * what was buffered since the last read.
 *
 * @throws Error when a metric of the same name is already registered there (another
 *   `createRedisMetrics()` on the same registry and prefix).
 */
export function createMetricSet(
  registry: Registry,
  prefix: string,
  durationBuckets: readonly number[],
  beforeRead: () => void,
): RedisMetricSet {
  const metrics: Partial<Record<RedisMetricSuffix, Counter | Gauge | Histogram>> = {};
  for (const definition of redisClientMetricDefinitions) {
    const name = `${prefix}${definition.suffix}`;
    if (registry.getSingleMetric(name) !== undefined) {
      throw new Error(
        `${name} is already registered on this registry: create the Redis metrics once per registry, or give them another prefix.`,
      );
    }
    const config = {
      name,
      help: definition.help,
      labelNames: definition.labels,
      registers: [registry],
      collect: beforeRead,
    };
    metrics[definition.suffix] =
      definition.type === 'counter'
        ? new Counter(config)
        : definition.type === 'gauge'
          ? new Gauge(config)
          : new Histogram({ ...config, buckets: [...durationBuckets] });
  }
  return metrics as RedisMetricSet;
}
