import type { RedisClusterConfig, RedisStandaloneConfig } from '@org/redis-interface';
import { toIoredisOptions } from '@org/redis-engine-ioredis';
import { clusterOptions, type PlainClusterOptions } from '@org/redis-cluster';
import type { RedisOptions } from 'ioredis';

/**
 * The options our standalone driver gives `new Redis(...)`: the shared per-connection options plus
 * the address. Raw ioredis built from these runs exactly like ours minus the layer.
 */
export function sameStandaloneOptions(config: RedisStandaloneConfig): Omit<RedisOptions, 'replyMapping'> {
  return { ...toIoredisOptions(config), host: config.host, port: config.port, db: config.db };
}

/**
 * The options our cluster driver gives `new Cluster(...)`, from the driver itself. The bench still
 * compares both clients' live `options` (see `diffOptions`) and reports any drift.
 */
export function sameClusterOptions(config: RedisClusterConfig): PlainClusterOptions {
  return clusterOptions(config);
}
