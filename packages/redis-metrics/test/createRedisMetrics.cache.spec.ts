import type { RedisCacheEvent } from '@org/redis-interface';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRedisMetrics, type RedisMetrics } from '../src/index.js';
import { metricSeries } from './support/metricSeries.js';
import { metricValue } from './support/metricValue.js';
import { publish } from './support/publish.js';

const cache = 'users';

/** Publish an event whose fields the types do not allow, as a foreign or future publisher might. */
function publishOdd(event: Record<string, unknown>): void {
  publish.cache(event as unknown as RedisCacheEvent);
}

describe(`${createRedisMetrics.name} (cache events)`, () => {
  let metrics: RedisMetrics;
  beforeEach(() => {
    metrics = createRedisMetrics();
  });
  afterEach(() => metrics.stop());

  describe('having hits and misses', () => {
    beforeEach(() => {
      publish.cache({ cache, event: 'hit', tier: 'l1' });
      publish.cache({ cache, event: 'hit', tier: 'l1' });
      publish.cache({ cache, event: 'hit', tier: 'l2' });
      publish.cache({ cache, event: 'miss' });
      publish.cache({ cache: 'orders', event: 'miss' });
    });

    it('should count the hits by cache and tier', async () => {
      expect(await metricSeries(metrics.registry, 'redis_cache_hits_total')).toStrictEqual([
        { labels: { cache, tier: 'l1' }, value: 2 },
        { labels: { cache, tier: 'l2' }, value: 1 },
      ]);
    });

    it('should count the misses by cache', async () => {
      expect(await metricSeries(metrics.registry, 'redis_cache_misses_total')).toStrictEqual([
        { labels: { cache: 'orders' }, value: 1 },
        { labels: { cache }, value: 1 },
      ]);
    });
  });

  describe('having stale answers', () => {
    it('should count them by reason', async () => {
      publish.cache({ cache, event: 'stale', reason: 'refreshing' });
      publish.cache({ cache, event: 'stale', reason: 'refreshing' });
      publish.cache({ cache, event: 'stale', reason: 'factory-error' });
      expect(await metricSeries(metrics.registry, 'redis_cache_stale_served_total')).toStrictEqual([
        { labels: { cache, reason: 'factory-error' }, value: 1 },
        { labels: { cache, reason: 'refreshing' }, value: 2 },
      ]);
    });
  });

  describe('having factory runs', () => {
    beforeEach(() => {
      publish.cache({ cache, event: 'factory', outcome: 'ok', durationMs: 20 });
      publish.cache({ cache, event: 'factory', outcome: 'ok', durationMs: 30 });
      publish.cache({ cache, event: 'factory', outcome: 'error', durationMs: 5 });
      publish.cache({ cache, event: 'factory', outcome: 'timeout', durationMs: 1_000 });
    });

    it('should count them by outcome', async () => {
      expect(await metricSeries(metrics.registry, 'redis_cache_factory_runs_total')).toStrictEqual([
        { labels: { cache, outcome: 'error' }, value: 1 },
        { labels: { cache, outcome: 'ok' }, value: 2 },
        { labels: { cache, outcome: 'timeout' }, value: 1 },
      ]);
    });

    it('should observe every duration in seconds, by cache only', async () => {
      const registry = metrics.registry;
      const name = 'redis_cache_factory_duration_seconds';
      expect([
        await metricValue(registry, name, { cache }, 'count'),
        await metricValue(registry, name, { cache }, 'sum'),
      ]).toStrictEqual([4, 1.055]);
    });
  });

  describe('having a factory event without a usable duration', () => {
    it('should count the run and observe nothing', async () => {
      publishOdd({ cache, event: 'factory', outcome: 'ok', durationMs: Number.NaN });
      publishOdd({ cache, event: 'factory', outcome: 'ok', durationMs: -1 });
      publishOdd({ cache, event: 'factory', outcome: 'ok' });
      const registry = metrics.registry;
      expect([
        await metricValue(registry, 'redis_cache_factory_runs_total', { cache }),
        await metricValue(registry, 'redis_cache_factory_duration_seconds', { cache }, 'count'),
      ]).toStrictEqual([3, 0]);
    });
  });

  describe('having lock waits', () => {
    beforeEach(() => {
      publish.cache({ cache, event: 'lock-wait', outcome: 'value', durationMs: 40 });
      publish.cache({ cache, event: 'lock-wait', outcome: 'acquired', durationMs: 10 });
      publish.cache({ cache, event: 'lock-wait', outcome: 'timeout', durationMs: 10_000 });
    });

    it('should count them by outcome', async () => {
      expect(await metricSeries(metrics.registry, 'redis_cache_lock_waits_total')).toStrictEqual([
        { labels: { cache, outcome: 'acquired' }, value: 1 },
        { labels: { cache, outcome: 'timeout' }, value: 1 },
        { labels: { cache, outcome: 'value' }, value: 1 },
      ]);
    });

    it('should observe a wait past the last bucket in +Inf only', async () => {
      const registry = metrics.registry;
      const name = 'redis_cache_lock_wait_duration_seconds';
      expect([
        await metricValue(registry, name, { cache, le: '2.5' }, 'bucket'),
        await metricValue(registry, name, { cache, le: '+Inf' }, 'bucket'),
      ]).toStrictEqual([2, 3]);
    });
  });

  describe('having invalidations', () => {
    it('should count them by direction and kind', async () => {
      publish.cache({ cache, event: 'invalidation', direction: 'out', kind: 'set' });
      publish.cache({ cache, event: 'invalidation', direction: 'out', kind: 'set' });
      publish.cache({ cache, event: 'invalidation', direction: 'in', kind: 'tags' });
      publish.cache({ cache, event: 'invalidation', direction: 'in', kind: 'clear' });
      expect(await metricSeries(metrics.registry, 'redis_cache_invalidations_total')).toStrictEqual([
        { labels: { cache, direction: 'in', kind: 'clear' }, value: 1 },
        { labels: { cache, direction: 'in', kind: 'tags' }, value: 1 },
        { labels: { cache, direction: 'out', kind: 'set' }, value: 2 },
      ]);
    });
  });

  describe('having resyncs', () => {
    it('should count them by reason', async () => {
      publish.cache({ cache, event: 'resync', reason: 'gap' });
      publish.cache({ cache, event: 'resync', reason: 'bus-down' });
      publish.cache({ cache, event: 'resync', reason: 'gap' });
      expect(await metricSeries(metrics.registry, 'redis_cache_resyncs_total')).toStrictEqual([
        { labels: { cache, reason: 'bus-down' }, value: 1 },
        { labels: { cache, reason: 'gap' }, value: 2 },
      ]);
    });
  });

  describe('having breaker events', () => {
    describe.each([
      ['open', 2],
      ['half-open', 1],
      ['closed', 0],
    ] as const)('having the breaker turn %s last', (state, value) => {
      it(`should set breaker_state to ${value}`, async () => {
        publish.cache({ cache, event: 'breaker', state: 'open' });
        publish.cache({ cache, event: 'breaker', state });
        expect(await metricSeries(metrics.registry, 'redis_cache_breaker_state')).toStrictEqual([
          { labels: { cache }, value },
        ]);
      });
    });

    describe.each(['stuck', 'toString', undefined])('having the unknown state %j', (state) => {
      it('should leave breaker_state as it was', async () => {
        publish.cache({ cache, event: 'breaker', state: 'open' });
        publishOdd({ cache, event: 'breaker', state });
        expect(await metricSeries(metrics.registry, 'redis_cache_breaker_state')).toStrictEqual([
          { labels: { cache }, value: 2 },
        ]);
      });
    });
  });

  describe('having degraded answers', () => {
    it('should count them by operation', async () => {
      publish.cache({ cache, event: 'degraded', operation: 'getOrSet' });
      publish.cache({ cache, event: 'degraded', operation: 'getOrSet' });
      publish.cache({ cache, event: 'degraded', operation: 'getMany' });
      expect(await metricSeries(metrics.registry, 'redis_cache_degraded_total')).toStrictEqual([
        { labels: { cache, operation: 'getMany' }, value: 1 },
        { labels: { cache, operation: 'getOrSet' }, value: 2 },
      ]);
    });
  });

  describe('having values outside every bounded set', () => {
    beforeEach(() => {
      // A key, an error message and other text where a label value belongs, many times over.
      for (let index = 0; index < 50; index += 1) {
        const text = `user:${index}`;
        publishOdd({ cache: `users:${text}`, event: 'hit', tier: text });
        publishOdd({ cache, event: 'stale', reason: text });
        publishOdd({ cache, event: 'factory', outcome: text, durationMs: 1 });
        publishOdd({ cache, event: 'lock-wait', outcome: text, durationMs: 1 });
        publishOdd({ cache, event: 'invalidation', direction: text, kind: text });
        publishOdd({ cache, event: 'resync', reason: text });
        publishOdd({ cache, event: 'degraded', operation: `get ${text}` });
      }
    });

    it.each([
      ['redis_cache_hits_total', { cache: 'other', tier: 'other' }],
      ['redis_cache_stale_served_total', { cache, reason: 'other' }],
      ['redis_cache_factory_runs_total', { cache, outcome: 'other' }],
      ['redis_cache_lock_waits_total', { cache, outcome: 'other' }],
      ['redis_cache_invalidations_total', { cache, direction: 'other', kind: 'other' }],
      ['redis_cache_resyncs_total', { cache, reason: 'other' }],
      ['redis_cache_degraded_total', { cache, operation: 'other' }],
    ])('should count %s in one series labelled other', async (name, labels) => {
      expect(await metricSeries(metrics.registry, name)).toStrictEqual([{ labels, value: 50 }]);
    });

    it('should put none of the texts in the scrape', async () => {
      expect(await metrics.registry.metrics()).not.toContain('user:');
    });
  });

  describe('having an event of an unknown kind', () => {
    it('should change no cache metric', async () => {
      const before = await metrics.registry.metrics();
      publishOdd({ cache, event: 'evicted', tier: 'l1' });
      expect(await metrics.registry.metrics()).toBe(before);
    });
  });
});
