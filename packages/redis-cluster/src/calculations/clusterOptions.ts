import type { RedisClusterConfig } from '@org/redis-interface';
import { reconnectStrategy } from '@org/redis-core';
import { toIoredisOptions, type ConnectionOptions } from '@org/redis-engine-ioredis';
import type { ClusterOptions } from 'ioredis';

/** Options of the connections to single nodes (dedicated ones, the mode probe): no retries of their own. */
export function nodeOptions(config: RedisClusterConfig): ConnectionOptions {
  const { retryStrategy: _ignored, ...options } = toIoredisOptions(config);
  return options;
}

/** Cluster options without the reply-mapping generic (ioredis' default RESP2-shaped replies). */
export type PlainClusterOptions = Omit<ClusterOptions, 'redisOptions'> & {
  /** The options of every node connection (`keyPrefix`, TLS, credentials…), without `replyMapping`. */
  readonly redisOptions?: Omit<NonNullable<ClusterOptions['redisOptions']>, 'replyMapping'>;
};

/**
 * The ioredis `Cluster` options this driver uses for `config`: a raw `new Cluster(nodes,
 * clusterOptions(config))` behaves like the driver's own client (for code that must talk to
 * ioredis directly, or to compare with it). Not connected: `lazyConnect` is set.
 *
 * ioredis Cluster options from the validated config: node options under `redisOptions` (ioredis
 * lifts `keyPrefix` from there), reconnects forever with the bounded back-off of
 * `reconnectStrategy` (each command has its own deadline instead). Node connections keep ioredis'
 * default of no reconnect of their own: a lost node is dropped from the pool and a fresh
 * connection made by the next command routed to it (or the next slot refresh).
 */
export function clusterOptions(
  config: RedisClusterConfig,
  overrides: PlainClusterOptions = {},
): PlainClusterOptions {
  const { lazyConnect: _lazy, enableAutoPipelining, ...redisOptions } = nodeOptions(config);
  return {
    lazyConnect: true,
    enableAutoPipelining: enableAutoPipelining ?? true,
    scaleReads: config.scaleReads,
    clusterRetryStrategy: reconnectStrategy(config),
    ...(Object.keys(config.natMap).length === 0 ? {} : { natMap: { ...config.natMap } }),
    redisOptions,
    ...overrides,
  };
}
