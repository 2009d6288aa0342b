import { parseClusterNodes } from '@org/redis-core';
import { adminCommand, withAdminClient, type AdminConnection } from '../services/adminClient.js';
import { keySlot } from './keySlot.js';

/**
 * The value of `key` on every replica among `nodes` that serves it, read with READONLY in a cluster
 * (replicas of other masters answer MOVED and are left out).
 *
 * @param nodes - every node of the topology.
 * @param key - the full key, with the key prefix.
 * @param cluster - whether the nodes form a cluster (READONLY is refused on a standalone server).
 * @returns one value per replica that holds the key's slot.
 */
export async function readOnReplicas(
  nodes: readonly AdminConnection[],
  key: string,
  cluster: boolean,
): Promise<(string | null)[]> {
  const reads = await Promise.all(
    nodes.map((node) =>
      withAdminClient(node, async (client) => {
        const [role] = (await client.call('ROLE')) as [string];
        if (role !== 'slave') return [];
        if (cluster) await client.call('READONLY');
        try {
          return [(await client.call('GET', key)) as string | null];
        } catch (error) {
          if (error instanceof Error && error.message.startsWith('MOVED')) return [];
          throw error;
        }
      }),
    ),
  );
  return reads.flat();
}

/**
 * The `host:port` of the master serving `key`'s slot, and of its replicas, as `node` sees the cluster.
 *
 * @param node - any live node.
 * @param key - the full key, with the key prefix.
 */
export async function shardOf(
  node: AdminConnection,
  key: string,
): Promise<{ readonly master: string; readonly replicas: readonly string[] }> {
  const slot = keySlot(key);
  const lines = parseClusterNodes(await adminCommand(node, 'CLUSTER', 'NODES'));
  const master = lines.find(
    (line) =>
      line.flags.includes('master') &&
      line.slots.some((range) => {
        const [start = -1, end = start] = range.split('-').map(Number);
        return slot >= start && slot <= end;
      }),
  );
  if (master === undefined) throw new Error(`no master serves slot ${slot}`);
  const replicas = lines.filter((line) => line.masterId === master.id && !line.flags.includes('fail'));
  return {
    master: `${master.host}:${master.port}`,
    replicas: replicas.map((line) => `${line.host}:${line.port}`),
  };
}
