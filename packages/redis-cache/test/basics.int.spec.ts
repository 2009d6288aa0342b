import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import { RedisCache } from '@org/redis-cache';
import {
  CacheEventLog,
  countCacheKeys,
  createService,
  modes,
  sharedConfig,
  storedKey,
  uniqueName,
} from './cacheSetup.js';

describe.each(modes)('[%s] RedisCache', (mode) => {
  let redis: IRedisService;
  let other: IRedisService;

  beforeAll(async () => {
    redis = createService(sharedConfig(mode));
    other = createService(sharedConfig(mode));
    await Promise.all([redis.connect(), other.connect()]);
  });

  afterAll(async () => {
    await Promise.all([redis.quit(), other.quit()]);
  });

  function open(
    label: string,
    options: Partial<ConstructorParameters<typeof RedisCache>[1]> = {},
  ): RedisCache {
    return new RedisCache(redis, { name: uniqueName(label), ...options });
  }

  describe('.set and .get', () => {
    it('should read back from L1, then from Redis on a cold instance', async () => {
      const cache = open('basic');
      const log = new CacheEventLog(cache.name);
      await cache.set('user:1', { name: 'Ada', roles: ['admin'] });
      const warm = await cache.get('user:1');
      const cold = new RedisCache(other, { name: cache.name });
      const fromRedis = await cold.get('user:1');
      expect({
        warm,
        fromRedis,
        l1: log.count('hit', { tier: 'l1' }),
        l2: log.count('hit', { tier: 'l2' }),
      }).toEqual({
        warm: { name: 'Ada', roles: ['admin'] },
        fromRedis: { name: 'Ada', roles: ['admin'] },
        l1: 1,
        l2: 1,
      });
      log.close();
      await Promise.all([cache.close(), cold.close()]);
    });

    it('should store the value under cache:<name>:d::<key>{tag} with the TTL plus grace', async () => {
      const cache = open('layout', { ttlMs: 60_000, graceMs: 30_000 });
      await cache.set('k', 1);
      const pttl = await redis.pttl((await storedKey(redis, cache.name, 'k')) ?? 'missing');
      expect(pttl).toBeGreaterThan(85_000);
      expect(pttl).toBeLessThanOrEqual(90_000);
      await cache.close();
    });

    it('should answer undefined once the TTL passed', async () => {
      const cache = open('ttl');
      await cache.set('short', 'v', { ttlMs: 30 });
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(await cache.get('short')).toBeUndefined();
      await cache.close();
    });
  });

  describe('.getMany', () => {
    it('should answer in the order of the keys, misses as undefined, from L1 and one MGET', async () => {
      const cache = open('many');
      const keys = Array.from({ length: 100 }, (_, index) => `item:${index}`);
      for (const key of keys.slice(0, 60)) await cache.set(key, key.toUpperCase());
      const cold = new RedisCache(other, { name: cache.name });
      await cold.get('item:0');
      const values = await cold.getMany<string>(keys);
      expect(values).toEqual(keys.map((key, index) => (index < 60 ? key.toUpperCase() : undefined)));
      await Promise.all([cache.close(), cold.close()]);
    });
  });

  describe('.has, .delete and .deleteMany', () => {
    it('should delete from Redis and L1', async () => {
      const cache = open('delete');
      await cache.set('a', 1);
      await cache.set('b', 2);
      await cache.set('c', 3);
      const deleted = await cache.delete('a');
      const many = await cache.deleteMany(['b', 'c', 'missing']);
      expect({ deleted, many, a: await cache.has('a'), b: await cache.has('b') }).toEqual({
        deleted: true,
        many: 2,
        a: false,
        b: false,
      });
      expect([await storedKey(redis, cache.name, 'a'), await storedKey(redis, cache.name, 'b')]).toEqual([
        undefined,
        undefined,
      ]);
      await cache.close();
    });
  });

  describe('.getOrSet', () => {
    it('should run the factory on a miss and not on the next call', async () => {
      const cache = open('gos');
      let runs = 0;
      const factory = (): Promise<number> => Promise.resolve(++runs);
      const first = await cache.getOrSet('n', factory);
      const second = await cache.getOrSet('n', factory);
      expect({ first, second, runs }).toEqual({ first: 1, second: 1, runs: 1 });
      await cache.close();
    });

    it('should run the factory once for concurrent callers of one process', async () => {
      const cache = open('flight');
      let runs = 0;
      const factory = async (): Promise<string> => {
        runs += 1;
        await new Promise((resolve) => setTimeout(resolve, 50));
        return 'v';
      };
      const values = await Promise.all(Array.from({ length: 20 }, () => cache.getOrSet('k', factory)));
      expect({ values: new Set(values), runs }).toEqual({ values: new Set(['v']), runs: 1 });
      await cache.close();
    });

    it('should rethrow the factory error and store nothing', async () => {
      const cache = open('fails');
      const failure = new Error('database down');
      await expect(cache.getOrSet('k', () => Promise.reject(failure))).rejects.toBe(failure);
      expect(await countCacheKeys(redis, cache.name)).toBe(0);
      await cache.close();
    });

    it('should run the factory again with forceFresh', async () => {
      const cache = open('fresh');
      await cache.getOrSet('k', () => 'old');
      const value = await cache.getOrSet('k', () => 'new', { forceFresh: true });
      expect({ value, stored: await cache.get('k') }).toEqual({ value: 'new', stored: 'new' });
      await cache.close();
    });
  });

  describe('.namespace', () => {
    it('should keep the same key apart in two namespaces', async () => {
      const cache = open('ns');
      await cache.namespace('users').set('1', 'user');
      await cache.namespace('orders').set('1', 'order');
      await cache.set('users:1', 'root');
      expect([
        await cache.namespace('users').get('1'),
        await cache.namespace('orders').get('1'),
        await cache.get('users:1'),
        cache.namespace('users').namespace('admins').namespacePath,
      ]).toEqual(['user', 'order', 'root', 'users.admins']);
      await cache.close();
    });
  });
});
