import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RedisMode } from '@org/redis-interface';
import { BentoCache, bentostore } from 'bentocache';
import { memoryDriver } from 'bentocache/drivers/memory';
import { redisBusDriver, redisDriver } from 'bentocache/drivers/redis';
import { Cluster, Redis } from 'ioredis5';
import type { BenchServers } from '../../services/servers.js';
import { cacheWorkload } from '../models/CacheBenchSettings.js';
import type { BenchCache, BenchCacheOpener } from '../models/BenchCache.js';

/** The key prefix of every bentocache instance: they all share its keys (`bento:…`). */
export const bentocachePrefix = 'bento';

/** The store's name, which names bentocache's bus channel. */
const storeName = 'cache';

/** The channel bentocache's bus uses for a store (`bentocache.notifications:<store>`, whatever the prefix). */
export const bentocacheBusChannel = `bentocache.notifications:${storeName}`;

/**
 * Options of the ioredis 5 client handed to bentocache: auto-pipelining on, as our layer's default, so
 * both caches send their commands the same way (without it ioredis writes every command on its own).
 */
export const bentocacheIoredisOptions = { enableAutoPipelining: true } as const;

/** How long an instance's bus may take to subscribe. */
const subscribeDeadlineMs = 3_000;

/** A connected ioredis 5 client: a `Redis` on the standalone server, a `Cluster` on the cluster. */
async function connectIoredis5(servers: BenchServers, mode: RedisMode): Promise<Redis | Cluster> {
  const client =
    mode === 'cluster'
      ? new Cluster(
          servers.cluster.startupNodes.map((node) => ({ host: node.host, port: node.port })),
          { ...bentocacheIoredisOptions, lazyConnect: true },
        )
      : new Redis({
          host: servers.standalone.host,
          port: servers.standalone.port,
          ...bentocacheIoredisOptions,
          lazyConnect: true,
        });
  try {
    await client.connect();
    return client;
  } catch (error) {
    client.disconnect();
    throw error;
  }
}

/** Subscribers of bentocache's channel, over every master in cluster mode (classic pub/sub is per node). */
async function busSubscribers(connection: Redis | Cluster): Promise<number> {
  const nodes = connection instanceof Cluster ? connection.nodes('master') : [connection];
  const replies = await Promise.all(nodes.map((node) => node.pubsub('NUMSUB', bentocacheBusChannel)));
  return replies.reduce((sum: number, reply) => sum + Number(reply[1] ?? 0), 0);
}

/**
 * Opens instances of bentocache 1.6.1: a memory L1 (`maxItems` as ours), its redis driver and its redis bus,
 * both on a constructed ioredis 5 client of the instance's own (its driver takes a `Redis` or a `Cluster`
 * instance as is; its bus duplicates it into a publisher and a subscriber). With `waitForBus`, the
 * instance is handed out once one more subscriber of its channel shows in PUBSUB NUMSUB, so instances must
 * be opened one after the other.
 *
 * @throws Error when the bus has not subscribed within 3 s.
 */
export function openBentocache(servers: BenchServers, mode: RedisMode): BenchCacheOpener {
  return async (role) => {
    const connection = await connectIoredis5(servers, mode);
    const store = bentostore().useL2Layer(redisDriver({ connection }));
    if (role.l1) store.useL1Layer(memoryDriver({ maxItems: cacheWorkload.l1MaxEntries }));
    if (role.bus) store.useBus(redisBusDriver({ connection }));
    const bento = new BentoCache({
      default: storeName,
      stores: { [storeName]: store },
      prefix: bentocachePrefix,
      ttl: cacheWorkload.ttlMs,
    });
    const close = async (): Promise<void> => {
      await bento.disconnectAll().catch(() => undefined);
      connection.disconnect();
    };
    try {
      if (role.bus && role.waitForBus !== false) {
        const before = await busSubscribers(connection);
        // The store (and its bus, which subscribes without being awaited) is built on the first call.
        await bento.has({ key: 'bench:open' });
        const started = performance.now();
        while ((await busSubscribers(connection)) <= before) {
          if (performance.now() - started > subscribeDeadlineMs)
            throw new Error(
              `bentocache's bus did not subscribe ${bentocacheBusChannel} within ${subscribeDeadlineMs} ms`,
            );
          await sleep(2);
        }
      }
    } catch (error) {
      await close();
      throw error;
    }
    const opened: BenchCache = {
      contender: 'bentocache',
      mode,
      getOrSet: (key, factory) => bento.getOrSet({ key, factory }),
      // bentocache 1.6.1 has no getMany: one get per key, all in flight at once.
      getMany: (keys) => Promise.all(keys.map((key) => bento.get({ key }))),
      set: async (key, value) => {
        await bento.set({ key, value });
      },
      deleteMany: async (keys) => {
        await bento.deleteMany({ keys: [...keys] });
      },
      clear: () => bento.clear(),
      close,
    };
    return opened;
  };
}
