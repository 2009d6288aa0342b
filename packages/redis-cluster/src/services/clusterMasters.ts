import { RedisError } from '@org/redis-interface';
import type { NodeConnection } from '@org/redis-core';
import { nodeConnection } from '@org/redis-engine-ioredis';
import type { Cluster } from 'ioredis';
import { slotMasters } from '../calculations/slotMasters.js';

/** Whether every slot has a master and each of them has a connection in the client's pool. */
function everySlotServed(cluster: Cluster): boolean {
  const { masters, uncovered } = slotMasters(cluster.slots);
  if (uncovered) return false;
  const connected = new Set(cluster.nodes('master').map((node) => nodeConnection(node).address));
  for (const master of masters) if (!connected.has(master)) return false;
  return true;
}

/**
 * One connection per master, covering every slot: what a command over the whole keyspace (SCAN,
 * DBSIZE, FLUSHDB) must visit. ioredis drops a dead master from its pool at once but learns its
 * replacement only at the next slot-table refresh; in between, its master list silently misses a
 * part of the keyspace. So the table is refreshed first when a slot's master is not in the pool.
 * @param refresh - refresh the client's slot table (resolves when done, failed or not).
 * @throws RedisError `CLUSTER_DOWN` (retryable) when no master is known, or when some slot still
 *   has no connected master after the refresh (a failover in progress).
 */
export async function clusterMasters(
  cluster: Cluster,
  refresh: () => Promise<void>,
): Promise<readonly NodeConnection[]> {
  if (cluster.nodes('master').length === 0)
    throw new RedisError('CLUSTER_DOWN', 'No master is known: the cluster client is not connected.');
  if (!everySlotServed(cluster)) {
    await refresh();
    if (!everySlotServed(cluster))
      throw new RedisError(
        'CLUSTER_DOWN',
        'Some slots have no reachable master (a failover in progress?): the keyspace cannot be visited whole; check health() and retry.',
        { details: { retryable: true, reply: 'slots without a reachable master' } },
      );
  }
  return cluster.nodes('master').map(nodeConnection);
}
