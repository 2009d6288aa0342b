import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { redisCacheMetricDefinitions } from '../models/redisCacheMetricDefinitions.js';
import type {
  RedisMetricDefinition,
  RedisMetricType,
  redisClientMetricDefinitions,
} from '../models/redisClientMetricDefinitions.js';

type MetricOf<T extends RedisMetricType> = T extends 'counter'
  ? Counter
  : T extends 'gauge'
    ? Gauge
    : Histogram;

/** The prom-client metric objects of a definition list, by name suffix. */
export type MetricSetOf<Definitions extends readonly RedisMetricDefinition[]> = {
  readonly [D in Definitions[number] as D['suffix']]: MetricOf<D['type']>;
};

/** The client metrics (`commands_total`…) of `redisClientMetricDefinitions`. */
export type RedisMetricSet = MetricSetOf<typeof redisClientMetricDefinitions>;

/** The cache metrics (`hits_total`…) of `redisCacheMetricDefinitions`. */
export type RedisCacheMetricSet = MetricSetOf<typeof redisCacheMetricDefinitions>;

/**
 * Create and register every metric of `definitions` on `registry`, named `<prefix><suffix>`.
 * `beforeRead`, when given, runs whenever one of them is read (prom-client's `collect` hook): it
 * hands over what was buffered since the last read. Check the names first with
 * `assertMetricNamesFree`: prom-client throws on a duplicate name halfway through the list.
 */
export function createMetricSet<const Definitions extends readonly RedisMetricDefinition[]>(
  definitions: Definitions,
  registry: Registry,
  prefix: string,
  durationBuckets: readonly number[],
  beforeRead?: () => void,
): MetricSetOf<Definitions> {
  const metrics: Record<string, Counter | Gauge | Histogram> = {};
  for (const definition of definitions) {
    const config = {
      name: `${prefix}${definition.suffix}`,
      help: definition.help,
      labelNames: definition.labels,
      registers: [registry],
      ...(beforeRead === undefined ? {} : { collect: beforeRead }),
    };
    metrics[definition.suffix] =
      definition.type === 'counter'
        ? new Counter(config)
        : definition.type === 'gauge'
          ? new Gauge(config)
          : new Histogram({ ...config, buckets: [...durationBuckets] });
  }
  return metrics as MetricSetOf<Definitions>;
}
