import { describe, expect, it } from 'vitest';
import { redisCacheMetricNames } from '../src/index.js';

// The cache alert rules and dashboard panels of ops/ are written against these exact names:
// renaming one is a breaking change that must be made there too.
describe('redisCacheMetricNames', () => {
  it('should list exactly the published cache metric names', () => {
    expect(redisCacheMetricNames).toStrictEqual([
      'redis_cache_hits_total',
      'redis_cache_misses_total',
      'redis_cache_stale_served_total',
      'redis_cache_factory_runs_total',
      'redis_cache_factory_duration_seconds',
      'redis_cache_lock_waits_total',
      'redis_cache_lock_wait_duration_seconds',
      'redis_cache_invalidations_total',
      'redis_cache_resyncs_total',
      'redis_cache_breaker_state',
      'redis_cache_degraded_total',
    ]);
  });

  it('should be frozen', () => {
    expect(Object.isFrozen(redisCacheMetricNames)).toBe(true);
  });
});
