import type { RedisClusterConfig, RedisHealth } from '@org/redis-interface';
import { parseInfo } from '@org/redis-core';
import { nodeAddress } from '@org/redis-engine-ioredis';
import type { Cluster, Redis } from 'ioredis';
import { clusterNodeList, type ClusterNodeEntry } from '../calculations/clusterNodeList.js';
import { clusterHealthStatus, clusterSummary } from '../calculations/clusterSummary.js';
import { pingClusterNode } from './pingClusterNode.js';

/** `CLUSTER INFO` and `CLUSTER NODES` of the first of `masters` to answer both, within `timeoutMs`. */
async function readClusterView(
  masters: readonly Redis[],
  timeoutMs: number,
): Promise<{ info: string; nodes: string; host: string } | undefined> {
  if (masters.length === 0) return undefined;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), timeoutMs)));
  try {
    return await Promise.race([
      Promise.any(
        masters.map(async (node) => {
          const [info, nodes] = await Promise.all([node.cluster('INFO'), node.cluster('NODES')]);
          return { info, nodes: nodes as string, host: node.options.host ?? '' };
        }),
      ).catch(() => undefined),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Health from the cluster's own view, checked by this client: every node in the `CLUSTER NODES`
 * of a master that answers (masters, including failed ones, and replicas), each PINGed; slot
 * coverage counting only masters that answered. Without any master answering, the client's
 * known masters are reported and the status is `down`.
 */
export async function clusterHealth(client: Cluster, config: RedisClusterConfig): Promise<RedisHealth> {
  const known = client.nodes('master');
  const connections = new Map(client.nodes('all').map((node) => [nodeAddress(node), node]));
  const view = await readClusterView(known, config.commandTimeoutMs);
  const entries: ClusterNodeEntry[] =
    view === undefined
      ? known.map((node) => ({
          address: nodeAddress(node),
          host: node.options.host ?? '',
          port: node.options.port ?? 0,
          role: 'master',
          slots: 0,
        }))
      : clusterNodeList(view.nodes, config.natMap, view.host);
  const nodes = await Promise.all(entries.map((entry) => pingClusterNode(entry, connections, config)));
  const cluster = view === undefined ? undefined : clusterSummary(parseInfo(view.info), entries, nodes);
  const latencies = nodes.flatMap((node) => (node.latencyMs === undefined ? [] : [node.latencyMs]));
  return {
    status: clusterHealthStatus(cluster, nodes),
    mode: 'cluster',
    checkedAt: new Date().toISOString(),
    ...(latencies.length === 0 ? {} : { latencyMs: Math.max(...latencies) }),
    nodes,
    ...(cluster === undefined ? {} : { cluster }),
  };
}
