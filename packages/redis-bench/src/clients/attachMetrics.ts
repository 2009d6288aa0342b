import { createRedisMetrics } from '@org/redis-metrics';

/**
 * Attach the metrics listener (`createRedisMetrics()` on a registry of its own) and return its
 * detach. It subscribes to the diagnostics channels, so it observes every `@org/redis` client in
 * the process: the bench attaches it only around the "ours + metrics" runs.
 */
export function attachMetrics(): () => void {
  const metrics = createRedisMetrics();
  return () => metrics.stop();
}
