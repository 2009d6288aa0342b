import type { RedisClusterHealth, RedisHealth, RedisNodeHealth } from '@org/redis-interface';
import { measureNode, parseInfo } from '@org/redis-core';
import type { Cluster } from 'ioredis';
import { replicasFromClusterNodes } from '../calculations/replicasFromClusterNodes.js';

function addressOf(node: { options: { host?: string | undefined; port?: number | undefined } }): string {
  return `${node.options.host ?? '?'}:${String(node.options.port ?? '?')}`;
}

/**
 * PING every node the client knows, read `CLUSTER INFO` from the first master that answers:
 * up when every node answers and the cluster state is ok, degraded when the state is ok but
 * some node does not answer, down otherwise.
 */
export async function clusterHealth(client: Cluster, timeoutMs: number): Promise<RedisHealth> {
  const masters = client.nodes('master');
  const nodes: RedisNodeHealth[] = await Promise.all(
    masters.map((node) => measureNode(node, addressOf(node), 'master', timeoutMs)),
  );
  let cluster: RedisClusterHealth | undefined;
  for (const [index, node] of masters.entries()) {
    if (nodes[index]?.status !== 'up') continue;
    const [infoText, nodesText] = await Promise.all([
      node.cluster('INFO'),
      node.cluster('NODES') as Promise<string>,
    ]).catch((): [string, string] => ['', '']);
    const replicas = replicasFromClusterNodes(nodesText);
    nodes.push(...replicas);
    const info = parseInfo(infoText);
    cluster = {
      state: info['cluster_state'] === 'ok' ? 'ok' : 'fail',
      slotsAssigned: Number(info['cluster_slots_assigned'] ?? 0),
      slotsOk: Number(info['cluster_slots_ok'] ?? 0),
      slotsPfail: Number(info['cluster_slots_pfail'] ?? 0),
      slotsFail: Number(info['cluster_slots_fail'] ?? 0),
      knownNodes: Number(info['cluster_known_nodes'] ?? 0),
      masters: masters.length,
      replicas: replicas.length,
    };
    break;
  }
  const allUp = nodes.length > 0 && nodes.every((node) => node.status === 'up');
  const status = cluster?.state !== 'ok' ? 'down' : allUp && cluster.slotsPfail === 0 ? 'up' : 'degraded';
  const latencies = nodes.flatMap((node) => (node.latencyMs === undefined ? [] : [node.latencyMs]));
  return {
    status,
    mode: 'cluster',
    checkedAt: new Date().toISOString(),
    ...(latencies.length === 0 ? {} : { latencyMs: Math.max(...latencies) }),
    nodes,
    ...(cluster === undefined ? {} : { cluster }),
  };
}
