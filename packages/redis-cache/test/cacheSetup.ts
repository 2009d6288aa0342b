import { randomBytes } from 'node:crypto';
import diagnostics_channel from 'node:diagnostics_channel';
import {
  redisDiagnosticsChannels,
  validateRedisConfig,
  type IRedisService,
  type RedisCacheEvent,
  type RedisConfig,
  type RedisMode,
} from '@org/redis-interface';
import { RedisClusterService } from '@org/redis-cluster';
import { RedisStandaloneService } from '@org/redis-standalone';
import { redisTestServers, type RedisTopology } from '@org/redis-testkit';
import { RedisCache, type RedisCacheOptions } from '@org/redis-cache';

/** The two modes every cache test runs in. */
export const modes: readonly RedisMode[] = ['standalone', 'cluster'];

/** A unique cache name per test, so tests share the servers without sharing keys. */
export function uniqueName(label: string): string {
  return `${label}-${randomBytes(4).toString('hex')}`;
}

/** The config of a service on the shared servers (cluster: sharded pub/sub, as the cache's bus wants). */
export function sharedConfig(mode: RedisMode, extra: Record<string, unknown> = {}): RedisConfig {
  const servers = redisTestServers();
  return mode === 'cluster'
    ? validateRedisConfig({
        mode: 'cluster',
        nodes: servers.cluster.startupNodes.map(({ host, port }) => ({ host, port })),
        shardedPubSub: true,
        ...extra,
      })
    : validateRedisConfig({
        mode: 'standalone',
        host: servers.standalone.host,
        port: servers.standalone.port,
        ...extra,
      });
}

/** The config of a service on a topology of the test's own. */
export function topologyConfig(topology: RedisTopology, extra: Record<string, unknown> = {}): RedisConfig {
  if (topology.kind === 'cluster')
    return validateRedisConfig({
      mode: 'cluster',
      nodes: topology.startupNodes.map(({ host, port }) => ({ host, port })),
      shardedPubSub: true,
      ...extra,
    });
  const node = topology.nodes[0];
  if (node === undefined) throw new Error('the topology has no node');
  return validateRedisConfig({ mode: 'standalone', host: node.host, port: node.port, ...extra });
}

/** A driver, as the factory builds it. */
export function createService(config: RedisConfig): IRedisService {
  return config.mode === 'cluster' ? new RedisClusterService(config) : new RedisStandaloneService(config);
}

/** Instances of one cache, each on a service of its own (as separate processes would be). */
export interface CacheFleet {
  readonly caches: RedisCache[];
  readonly services: IRedisService[];
  close(): Promise<void>;
}

/** Opens `count` instances of the cache `options.name`, each with its own connected service, bus started. */
export async function openFleet(
  config: RedisConfig,
  count: number,
  options: RedisCacheOptions,
): Promise<CacheFleet> {
  const services: IRedisService[] = [];
  const caches: RedisCache[] = [];
  for (let index = 0; index < count; index += 1) {
    const service = createService(config);
    await service.connect();
    services.push(service);
    const cache = new RedisCache(service, options);
    await cache.start();
    caches.push(cache);
  }
  return {
    caches,
    services,
    close: async () => {
      await Promise.all(caches.map((cache) => cache.close()));
      await Promise.all(services.map((service) => service.quit()));
    },
  };
}

/** Records the cache events of one cache name while open. */
export class CacheEventLog {
  public readonly events: RedisCacheEvent[] = [];
  private readonly listener = (event: unknown): void => {
    const cacheEvent = event as RedisCacheEvent;
    if (cacheEvent.cache === this.name) this.events.push(cacheEvent);
  };

  public constructor(private readonly name: string) {
    diagnostics_channel.subscribe(redisDiagnosticsChannels.cache, this.listener);
  }

  /** How many events of a kind (optionally matching more fields). */
  public count(event: RedisCacheEvent['event'], fields: Record<string, unknown> = {}): number {
    return this.events.filter(
      (candidate) =>
        candidate.event === event &&
        Object.entries(fields).every(
          ([key, value]) => (candidate as unknown as Record<string, unknown>)[key] === value,
        ),
    ).length;
  }

  public close(): void {
    diagnostics_channel.unsubscribe(redisDiagnosticsChannels.cache, this.listener);
  }
}

/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The Redis key holding a cache key's value (found by SCAN: the layout's slot tag is internal), if any. */
export async function storedKey(
  redis: IRedisService,
  name: string,
  key: string,
): Promise<string | undefined> {
  for await (const found of redis.scan({ match: `cache:${name}:d::${key}{*` })) return found;
  return undefined;
}

/** How many Redis keys a cache holds (values, tag sets, locks). */
export async function countCacheKeys(redis: IRedisService, name: string): Promise<number> {
  let count = 0;
  for await (const key of redis.scan({ match: `cache:${name}:*` })) if (key !== '') count += 1;
  return count;
}
