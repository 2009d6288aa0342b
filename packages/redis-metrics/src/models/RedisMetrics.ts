import type { Registry } from 'prom-client';

/** What `createRedisMetrics()` returns: the registry holding the metrics, and how to detach. */
export interface RedisMetrics {
  /** The registry the metrics are registered on (scrape it with `registry.metrics()`). */
  readonly registry: Registry;
  /**
   * Unsubscribe from every diagnostics channel. The metrics stay registered with their last
   * values; events published afterwards change nothing. Idempotent.
   */
  stop(): void;
}
