import { Container } from 'inversify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisContainerModule } from '@org/redis-factory';
import { redisTestServers } from '@org/redis-testkit';
import type { RedisCache } from '@org/redis-cache';
import { RedisCacheContainerModule, RedisCacheError, redisCacheIdentifierFor } from '@org/redis-cache';
import { uniqueName } from './cacheSetup.js';

describe(RedisCacheContainerModule, () => {
  describe('having a connected default client and a named cluster client', () => {
    const catalog = uniqueName('catalog');
    const sessions = uniqueName('sessions');
    let redisModule: RedisContainerModule;
    let cacheModule: RedisCacheContainerModule;
    let container: Container;

    beforeAll(async () => {
      const servers = redisTestServers();
      redisModule = RedisContainerModule.fromOptions({
        default: { mode: 'standalone', url: servers.standalone.url },
        shared: {
          mode: 'cluster',
          nodes: servers.cluster.startupNodes.map(({ host, port }) => ({ host, port })),
          shardedPubSub: true,
        },
      });
      cacheModule = new RedisCacheContainerModule([
        { name: catalog, ttlMs: 60_000 },
        { name: sessions, client: 'shared' },
      ]);
      container = new Container();
      container.load(redisModule, cacheModule);
      await redisModule.connect();
    });

    afterAll(async () => {
      await cacheModule.close();
      await redisModule.shutdown();
    });

    it('should give each named cache, on its client, as a singleton', async () => {
      const first = container.get<RedisCache>(redisCacheIdentifierFor(catalog));
      const again = container.get<RedisCache>(redisCacheIdentifierFor(catalog));
      const onCluster = container.get<RedisCache>(redisCacheIdentifierFor(sessions));
      expect({
        same: first === again,
        names: [first.name, onCluster.name],
        value: await first.getOrSet('k', () => 'computed'),
        clusterValue: await onCluster.getOrSet('k', () => 'on the cluster'),
      }).toEqual({
        same: true,
        names: [catalog, sessions],
        value: 'computed',
        clusterValue: 'on the cluster',
      });
    });
  });

  describe('having two caches with one name', () => {
    it('should refuse them with INVALID_OPTIONS', () => {
      const error: unknown = (() => {
        try {
          return new RedisCacheContainerModule([{ name: 'same' }, { name: 'same' }]);
        } catch (caught) {
          return caught;
        }
      })();
      expect(RedisCacheError.is(error) ? error.code : error).toBe('INVALID_OPTIONS');
    });
  });
});
