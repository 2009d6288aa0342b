import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import { RedisCache, RedisCacheError } from '@org/redis-cache';
import {
  CacheEventLog,
  countCacheKeys,
  createService,
  modes,
  sharedConfig,
  sleep,
  uniqueName,
} from './cacheSetup.js';

describe.each(modes)('[%s] RedisCache grace and timeouts', (mode) => {
  let redis: IRedisService;

  beforeAll(async () => {
    redis = createService(sharedConfig(mode));
    await redis.connect();
  });

  afterAll(async () => {
    await redis.quit();
  });

  /** A cache whose key `k` went stale 0 ms ago (TTL 20 ms, long grace). */
  async function staleCache(): Promise<{ cache: RedisCache; log: CacheEventLog }> {
    const cache = new RedisCache(redis, { name: uniqueName('grace'), ttlMs: 20, graceMs: 60_000 });
    const log = new CacheEventLog(cache.name);
    await cache.set('k', 'old');
    await sleep(40);
    return { cache, log };
  }

  describe('having a stale value within grace', () => {
    it('should answer it when the factory fails, counted as stale', async () => {
      const { cache, log } = await staleCache();
      const value = await cache.getOrSet('k', () => Promise.reject(new Error('db down')));
      expect({
        value,
        stale: log.count('stale', { reason: 'factory-error' }),
        errors: log.count('factory', { outcome: 'error' }),
      }).toEqual({
        value: 'old',
        stale: 1,
        errors: 1,
      });
      log.close();
      await cache.close();
    });

    it('should answer it after softTimeoutMs and store the slow factory value later', async () => {
      const { cache, log } = await staleCache();
      const started = performance.now();
      const value = await cache.getOrSet(
        'k',
        async () => {
          await sleep(200);
          return 'new';
        },
        { softTimeoutMs: 30, ttlMs: 60_000 },
      );
      const waited = performance.now() - started;
      await sleep(300);
      expect({
        value,
        quick: waited < 150,
        later: await cache.get('k'),
        stale: log.count('stale', { reason: 'soft-timeout' }),
      }).toEqual({
        value: 'old',
        quick: true,
        later: 'new',
        stale: 1,
      });
      log.close();
      await cache.close();
    });

    it('should answer it to other callers while one caller refreshes', async () => {
      const { cache, log } = await staleCache();
      let runs = 0;
      const slow = async (): Promise<string> => {
        runs += 1;
        await sleep(150);
        return 'new';
      };
      const refresher = cache.getOrSet('k', slow, { ttlMs: 60_000 });
      await sleep(20);
      const others = await Promise.all([cache.getOrSet('k', slow), cache.getOrSet('k', slow)]);
      expect({
        refreshed: await refresher,
        others,
        runs,
        stale: log.count('stale', { reason: 'refreshing' }),
      }).toEqual({
        refreshed: 'new',
        others: ['old', 'old'],
        runs: 1,
        stale: 2,
      });
      log.close();
      await cache.close();
    });

    it('should answer it when the factory passes hardTimeoutMs', async () => {
      const { cache, log } = await staleCache();
      const value = await cache.getOrSet('k', () => sleep(500).then(() => 'late'), { hardTimeoutMs: 50 });
      expect({ value, timeouts: log.count('factory', { outcome: 'timeout' }) }).toEqual({
        value: 'old',
        timeouts: 1,
      });
      log.close();
      await cache.close();
    });
  });

  describe('having no value', () => {
    it('should throw FACTORY_TIMEOUT after hardTimeoutMs, abort the signal and store nothing', async () => {
      const cache = new RedisCache(redis, { name: uniqueName('hard') });
      let aborted = false;
      const error: unknown = await cache
        .getOrSet(
          'k',
          ({ signal }) =>
            new Promise<string>((resolve) => {
              signal.addEventListener('abort', () => (aborted = true));
              setTimeout(() => resolve('late'), 300);
            }),
          { hardTimeoutMs: 50 },
        )
        .catch((caught: unknown) => caught);
      await sleep(350);
      expect({
        code: RedisCacheError.is(error) ? error.code : error,
        aborted,
        stored: await countCacheKeys(redis, cache.name),
      }).toEqual({ code: 'FACTORY_TIMEOUT', aborted: true, stored: 0 });
      await cache.close();
    });

    it('should wait for the factory when only softTimeoutMs is set', async () => {
      const cache = new RedisCache(redis, { name: uniqueName('soft') });
      const value = await cache.getOrSet('k', () => sleep(80).then(() => 'computed'), { softTimeoutMs: 10 });
      expect(value).toBe('computed');
      await cache.close();
    });
  });

  describe('having a value past its grace period', () => {
    it('should run the factory', async () => {
      const cache = new RedisCache(redis, { name: uniqueName('past'), ttlMs: 10, graceMs: 10 });
      await cache.set('k', 'old');
      await sleep(40);
      expect(await cache.getOrSet('k', () => 'new')).toBe('new');
      await cache.close();
    });
  });
});
