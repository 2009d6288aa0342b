import { RedisCache } from '@org/redis-cache';
import { RedisFactoryService } from '@org/redis-factory';
import type { RedisClientConfigInput, RedisMode } from '@org/redis-interface';
import type { BenchServers } from '../../services/servers.js';
import { cacheWorkload } from '../models/CacheBenchSettings.js';
import type { BenchCache, BenchCacheOpener } from '../models/BenchCache.js';

/** The cache name of every instance of ours: they all share its keys (`cache:bench:…`) and its bus. */
export const oursCacheName = 'bench';

/**
 * The layer's config of one server or cluster: the factory's defaults (auto-pipelining on), and in cluster
 * mode `shardedPubSub`, which the cache's bus needs there.
 */
export function oursConfig(servers: BenchServers, mode: RedisMode): RedisClientConfigInput {
  return mode === 'cluster'
    ? {
        mode: 'cluster',
        nodes: servers.cluster.startupNodes.map((node) => ({ host: node.host, port: node.port })),
        shardedPubSub: true,
      }
    : { mode: 'standalone', host: servers.standalone.host, port: servers.standalone.port };
}

/**
 * Opens instances of `RedisCache`, each over an `IRedisService` of its own built by `RedisFactoryService`
 * (so with its own connections), its bus subscribed before it is handed out. The lock is on (the default).
 */
export function openOurs(servers: BenchServers, mode: RedisMode): BenchCacheOpener {
  const factory = new RedisFactoryService();
  return async (role) => {
    const redis = factory.create(oursConfig(servers, mode));
    try {
      await redis.connect();
      const cache = new RedisCache(redis, {
        name: oursCacheName,
        ttlMs: cacheWorkload.ttlMs,
        l1: { enabled: role.l1, maxEntries: cacheWorkload.l1MaxEntries },
        bus: { enabled: role.bus },
      });
      await cache.start();
      const opened: BenchCache = {
        contender: 'ours',
        mode,
        getOrSet: (key, valueOf) => cache.getOrSet(key, valueOf),
        getMany: (keys) => cache.getMany(keys),
        set: (key, value) => cache.set(key, value),
        deleteMany: async (keys) => {
          await cache.deleteMany(keys);
        },
        clear: async () => {
          await cache.clear();
        },
        close: async () => {
          await cache.close().catch(() => undefined);
          await redis.quit().catch(() => redis.disconnect());
        },
      };
      return opened;
    } catch (error) {
      await redis.disconnect();
      throw error;
    }
  };
}
