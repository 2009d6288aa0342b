import type { RedisStandaloneConfig } from '@org/redis-interface';
import { RedisServiceBase } from '@org/redis-core';
import type { Redis } from 'ioredis';
import { StandaloneTopology } from './StandaloneTopology.js';

/**
 * {@link @org/redis-interface!IRedisService | IRedisService} on one Redis server, over an ioredis `Redis`
 * connection.
 *
 * @remarks
 * Behaves like the cluster driver wherever Redis allows: multi-key commands accept any keys,
 * and with `strictCrossSlot` the commands that would fail on a cluster (`rename`, `msetnx`,
 * scripts and transactions over keys in different hash slots…) are rejected with `CROSS_SLOT`
 * here too, so such code breaks in development rather than after the move to a cluster.
 * `connect()` fails with `MODE_MISMATCH` when the server is a cluster node.
 */
export class RedisStandaloneService extends RedisServiceBase<Redis> {
  /**
   * A standalone service over the configured server; its ioredis client is created with
   * `lazyConnect`, so nothing connects until `connect()`.
   *
   * @param config - a validated standalone configuration (see `validateRedisConfig`).
   */
  public constructor(config: RedisStandaloneConfig) {
    super(new StandaloneTopology(config));
  }
}
