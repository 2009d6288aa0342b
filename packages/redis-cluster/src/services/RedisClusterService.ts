import type { RedisClusterConfig } from '@org/redis-interface';
import { RedisServiceBase } from '@org/redis-core';
import type { Cluster } from 'ioredis';
import { ClusterTopology } from './ClusterTopology.js';

/**
 * {@link @org/redis-interface!IRedisService | IRedisService} on a Redis Cluster, over an ioredis `Cluster`.
 *
 * @remarks
 * What it adds to ioredis: `mget`/`mset`/`del`/`unlink`/`exists`/`touch` accept keys in any
 * slots (grouped by slot and sent as one pipeline per master, merged in the caller's order; a split `mset` is not
 * atomic); commands that need one slot (`rename`, `msetnx`, `smove`, `lmove`, set algebra,
 * blocking pops, scripts, transactions) throw `CROSS_SLOT` before sending; `scan`, `dbsize`
 * and `flushdb` visit every master; pipelines are sent as one ioredis pipeline per master (a command refused with MOVED/ASK
 * because the slot moved is re-sent once, after a slot-table refresh); blocking commands and
 * transactions run on dedicated connections to the master serving the key; every command
 * settles within `commandTimeoutMs`, also while the cluster is down. `connect()` fails with
 * `MODE_MISMATCH` when a seed node is not in cluster mode.
 */
export class RedisClusterService extends RedisServiceBase<Cluster> {
  /**
   * A cluster service over the configured seed nodes; its ioredis `Cluster` is created with
   * `lazyConnect`, so nothing connects until `connect()`.
   *
   * @param config - a validated cluster configuration (see `validateRedisConfig`).
   */
  public constructor(config: RedisClusterConfig) {
    super(new ClusterTopology(config));
  }
}
