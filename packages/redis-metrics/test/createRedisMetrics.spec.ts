import { Registry } from 'prom-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createRedisMetrics,
  defaultDurationBuckets,
  redisCacheMetricNames,
  redisClientMetricNames,
  type RedisMetrics,
} from '../src/index.js';
import { metricValue } from './support/metricValue.js';
import { publish } from './support/publish.js';

const get = { client: 'app', mode: 'standalone', command: 'get', durationMs: 1, outcome: 'ok' } as const;

describe(createRedisMetrics, () => {
  let metrics: RedisMetrics;
  afterEach(() => metrics.stop());

  describe('having no options', () => {
    beforeEach(() => {
      metrics = createRedisMetrics();
    });

    it('should register every metric of redisClientMetricNames, then of redisCacheMetricNames', () => {
      const registered = metrics.registry.getMetricsAsArray().map((metric) => metric.name);
      expect(registered).toStrictEqual([...redisClientMetricNames, ...redisCacheMetricNames]);
    });

    it('should give the cache histograms the default duration buckets', async () => {
      publish.cache({ cache: 'users', event: 'factory', outcome: 'ok', durationMs: 3 });
      const bounds = await Promise.all(
        defaultDurationBuckets.map((le) =>
          metricValue(metrics.registry, 'redis_cache_factory_duration_seconds', { le: String(le) }, 'bucket'),
        ),
      );
      expect(bounds).toStrictEqual([0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    });

    it('should use the default duration buckets', async () => {
      publish.command(get);
      const bounds = await Promise.all(
        defaultDurationBuckets.map((le) =>
          metricValue(
            metrics.registry,
            'redis_client_command_duration_seconds',
            { le: String(le) },
            'bucket',
          ),
        ),
      );
      expect(bounds).toStrictEqual([0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    });
  });

  describe('having a registry, a prefix and buckets', () => {
    const registry = new Registry();
    beforeEach(() => {
      metrics = createRedisMetrics({ registry, prefix: 'app_redis_', durationBuckets: [0.01, 1] });
      publish.command({ ...get, durationMs: 5 });
    });
    afterEach(() => registry.clear());

    it('should register the metrics on that registry, under that prefix', () => {
      expect(metrics.registry.getSingleMetric('app_redis_commands_total')).toBe(
        registry.getSingleMetric('app_redis_commands_total'),
      );
    });

    it('should register the cache metrics under <prefix>cache_', () => {
      expect(registry.getSingleMetric('app_redis_cache_hits_total')).toBeDefined();
    });

    it('should leave the cache histograms on the default buckets', async () => {
      publish.cache({ cache: 'users', event: 'lock-wait', outcome: 'value', durationMs: 5 });
      expect(
        await metricValue(registry, 'app_redis_cache_lock_wait_duration_seconds', { le: '0.005' }, 'bucket'),
      ).toBe(1);
    });

    it('should count the event in the smallest bucket that holds it', async () => {
      const buckets = await Promise.all(
        ['0.01', '1'].map((le) =>
          metricValue(registry, 'app_redis_command_duration_seconds', { le }, 'bucket'),
        ),
      );
      expect(buckets).toStrictEqual([1, 1]);
    });
  });

  describe('having a cache prefix', () => {
    beforeEach(() => {
      metrics = createRedisMetrics({ cachePrefix: 'app_cache_' });
    });

    it('should register the cache metrics under that prefix', () => {
      expect(metrics.registry.getSingleMetric('app_cache_hits_total')).toBeDefined();
    });

    it('should keep the default prefix of the client metrics', () => {
      expect(metrics.registry.getSingleMetric('redis_client_commands_total')).toBeDefined();
    });
  });

  describe('having the registry already hold the metrics', () => {
    it('should throw an error that names the metric and what to do', () => {
      metrics = createRedisMetrics();
      expect(() => createRedisMetrics({ registry: metrics.registry })).toThrow(
        /redis_client_commands_total is already registered on this registry: .*another prefix/,
      );
    });
  });

  describe('having the registry already hold only the cache metrics', () => {
    const second = (): RedisMetrics =>
      createRedisMetrics({ registry: metrics.registry, prefix: 'other_', cachePrefix: 'redis_cache_' });
    beforeEach(() => {
      metrics = createRedisMetrics();
    });

    it('should throw an error that names the cache metric', () => {
      expect(second).toThrow(/^redis_cache_hits_total is already registered on this registry/);
    });

    it('should register none of the client metrics first', () => {
      expect(second).toThrow();
      expect(metrics.registry.getSingleMetric('other_commands_total')).toBeUndefined();
    });
  });
});

describe('RedisMetrics', () => {
  describe('.stop', () => {
    describe('having events published after it', () => {
      it('should leave every metric unchanged', async () => {
        const metrics = createRedisMetrics();
        publish.command(get);
        const before = await metrics.registry.metrics();
        metrics.stop();
        publish.command(get);
        publish.connection({ client: 'app', mode: 'standalone', state: 'reconnecting' });
        publish.cluster({ client: 'app', mode: 'cluster', event: 'failover' });
        publish.pubsub({ client: 'app', mode: 'standalone', direction: 'in', kind: 'channel' });
        publish.pool({ client: 'app', mode: 'standalone', event: 'open' });
        publish.migration({ client: 'app', event: 'phase', phase: 'shadow', revision: 1 });
        publish.cache({ cache: 'users', event: 'hit', tier: 'l1' });
        publish.cache({ cache: 'users', event: 'breaker', state: 'open' });
        expect(await metrics.registry.metrics()).toBe(before);
      });
    });

    describe('having been called twice', () => {
      it('should not throw', () => {
        const metrics = createRedisMetrics();
        metrics.stop();
        expect(() => metrics.stop()).not.toThrow();
      });
    });
  });
});
