import { RedisError, type RedisClusterConfig } from '@org/redis-interface';
import {
  DedicatedConnectionPool,
  dedicatedConnectionLimits,
  keySlot,
  type NodeConnection,
  type RedisKey,
} from '@org/redis-core';
import { nodeConnection } from '@org/redis-engine-ioredis';
import { Redis, type Cluster } from 'ioredis';
import { nodeOptions } from '../calculations/clusterOptions.js';

/**
 * Connections of their own on the master that serves a key's slot, for blocking commands, WATCH
 * and WAIT, pooled per master (see {@link DedicatedConnectionPool} for the limits).
 */
export class ClusterDedicatedConnections {
  private readonly pool: DedicatedConnectionPool;

  /**
   * @param client - the cluster client, for its slot table.
   * @param config - node options, key prefix and pool limits.
   * @param refreshSlots - re-read the slot table.
   * @param onPoolChange - told when a connection opens or closes (instrumentation).
   */
  public constructor(
    private readonly client: Cluster,
    private readonly config: RedisClusterConfig,
    private readonly refreshSlots: () => Promise<void>,
    onPoolChange: (event: 'open' | 'close') => void,
  ) {
    this.pool = new DedicatedConnectionPool(onPoolChange, dedicatedConnectionLimits(config));
  }

  /**
   * A connection to the master serving `key` (slot 0 without a key).
   * @throws RedisError `CLUSTER_DOWN` when no master serves the slot, `COMMAND_TIMEOUT` when the pool
   *   is exhausted, or the connection's own failure.
   */
  public async acquire(key: RedisKey | undefined, command: string): Promise<NodeConnection> {
    const slot = key === undefined ? 0 : keySlot(key, this.config.keyPrefix);
    const named = this.client.slots[slot]?.[0];
    try {
      return await this.connect(slot, command);
    } catch (error) {
      // Every connection busy (the pool's COMMAND_TIMEOUT) is no sign of a stale slot table.
      if (RedisError.is(error, 'COMMAND_TIMEOUT')) throw error;
      // Right after a failover the slot table may still name the dead master (the shared client
      // refreshes it only when it notices): refresh, and try the new master once.
      await this.refreshSlots();
      if (this.client.slots[slot]?.[0] === named) throw error;
      return this.connect(slot, command);
    }
  }

  /** Give a connection back (reused or closed). */
  public release(connection: NodeConnection): void {
    this.pool.release(connection);
  }

  /** Close every connection, idle or busy, and reject every waiter. */
  public closeAll(): void {
    this.pool.closeAll();
  }

  private connect(slot: number, command: string): Promise<NodeConnection> {
    const address = this.client.slots[slot]?.[0];
    if (address === undefined) {
      return Promise.reject(
        new RedisError('CLUSTER_DOWN', `No master serves slot ${slot} right now: check health().`),
      );
    }
    const colon = address.lastIndexOf(':');
    const node = { host: address.slice(0, colon), port: Number(address.slice(colon + 1)) };
    // No ioredis commandTimeout: a BLPOP may wait longer; the service's own deadline applies.
    return this.pool.acquire(
      address,
      () =>
        nodeConnection(
          new Redis({
            ...nodeOptions(this.config),
            ...node,
            commandTimeout: undefined,
            enableAutoPipelining: false,
          }),
        ),
      command,
    );
  }
}
