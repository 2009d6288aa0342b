import type { RedisMetricDefinition } from './redisClientMetricDefinitions.js';

/**
 * The prefix of every cache metric name unless `createRedisMetrics({ cachePrefix })` says otherwise.
 * Not `redis_client_`: these count what a cache of `@org/redis-cache` did, whichever client it runs on,
 * and carry a `cache` label instead of `client` and `mode`.
 */
export const defaultRedisCacheMetricPrefix = 'redis_cache_';

/**
 * Every cache metric `createRedisMetrics()` registers, in a fixed order, from the events of
 * `redisDiagnosticsChannels.cache`. Alert rules and dashboards are written against these names:
 * renaming one is a breaking change (see `docs/metrics.md`).
 */
export const redisCacheMetricDefinitions = [
  {
    suffix: 'hits_total',
    type: 'counter',
    help: 'Cache reads answered with a fresh value, by the tier that held it (l1 memory, l2 Redis).',
    labels: ['cache', 'tier'],
  },
  {
    suffix: 'misses_total',
    type: 'counter',
    help: 'Cache reads that found no usable value in either tier.',
    labels: ['cache'],
  },
  {
    suffix: 'stale_served_total',
    type: 'counter',
    help: 'Values past their TTL (within their grace period) answered, by reason.',
    labels: ['cache', 'reason'],
  },
  {
    suffix: 'factory_runs_total',
    type: 'counter',
    help: 'getOrSet factories settled, by outcome (ok, error or timeout).',
    labels: ['cache', 'outcome'],
  },
  {
    suffix: 'factory_duration_seconds',
    type: 'histogram',
    help: 'Time from the call of a getOrSet factory to its settlement (to the timeout for a timeout), in seconds.',
    labels: ['cache'],
  },
  {
    suffix: 'lock_waits_total',
    type: 'counter',
    help: "Waits for another caller's refresh lock, by outcome (value, acquired or timeout).",
    labels: ['cache', 'outcome'],
  },
  {
    suffix: 'lock_wait_duration_seconds',
    type: 'histogram',
    help: "Time spent waiting for another caller's refresh lock, in seconds.",
    labels: ['cache'],
  },
  {
    suffix: 'invalidations_total',
    type: 'counter',
    help: 'Invalidations published to the other instances (out) or received from them (in), by kind.',
    labels: ['cache', 'direction', 'kind'],
  },
  {
    suffix: 'resyncs_total',
    type: 'counter',
    help: 'Drops of the whole L1 because invalidations may have been lost, by reason (gap or bus-down).',
    labels: ['cache', 'reason'],
  },
  {
    suffix: 'breaker_state',
    type: 'gauge',
    help: 'State of the L2 circuit breaker: 0 closed, 1 half-open, 2 open (Redis skipped).',
    labels: ['cache'],
  },
  {
    suffix: 'degraded_total',
    type: 'counter',
    help: 'Cache operations answered without Redis (Redis failed or the breaker was open), by operation.',
    labels: ['cache', 'operation'],
  },
] as const satisfies readonly RedisMetricDefinition[];

/** Name suffix of one metric of {@link redisCacheMetricDefinitions}. */
export type RedisCacheMetricSuffix = (typeof redisCacheMetricDefinitions)[number]['suffix'];
