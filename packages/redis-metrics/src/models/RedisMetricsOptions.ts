import type { Registry } from 'prom-client';

/** Options of `createRedisMetrics()`. */
export interface RedisMetricsOptions {
  /**
   * Where the metrics are registered. Default: a new `Registry`, returned in the handle; pass
   * prom-client's global `register` to expose them next to the default metrics.
   */
  readonly registry?: Registry;
  /** Prefix of every metric name. Default: `redis_client_`. */
  readonly prefix?: string;
  /** Buckets of the command duration histogram, in seconds. Default: `defaultDurationBuckets`. */
  readonly durationBuckets?: readonly number[];
}
