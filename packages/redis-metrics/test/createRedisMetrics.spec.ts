import { Registry } from 'prom-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createRedisMetrics,
  defaultDurationBuckets,
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

    it('should register every metric of redisClientMetricNames', () => {
      const registered = metrics.registry.getMetricsAsArray().map((metric) => metric.name);
      expect(registered).toStrictEqual([...redisClientMetricNames]);
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

    it('should count the event in the smallest bucket that holds it', async () => {
      const buckets = await Promise.all(
        ['0.01', '1'].map((le) =>
          metricValue(registry, 'app_redis_command_duration_seconds', { le }, 'bucket'),
        ),
      );
      expect(buckets).toStrictEqual([1, 1]);
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
