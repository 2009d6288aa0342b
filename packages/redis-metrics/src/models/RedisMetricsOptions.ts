import type { Registry } from 'prom-client';

/** Options of `createRedisMetrics()`. */
export interface RedisMetricsOptions {
  /**
   * Where the metrics are registered. Default: a new `Registry`, returned in the handle; pass
   * prom-client's global `register` to expose them next to the default metrics.
   */
  readonly registry?: Registry;
  /** Prefix of every client metric name (`redisClientMetricNames`). Default: `redis_client_`. */
  readonly prefix?: string;
  /**
   * Prefix of every cache metric name (`redisCacheMetricNames`). Default: `redis_cache_`, or
   * `<prefix>cache_` when `prefix` is given (so that another prefix keeps two sets apart on one
   * registry).
   */
  readonly cachePrefix?: string;
  /**
   * Buckets of the command duration histogram, in seconds. Default: `defaultDurationBuckets`. The
   * cache's factory and lock-wait histograms always use `defaultDurationBuckets`.
   */
  readonly durationBuckets?: readonly number[];
}
