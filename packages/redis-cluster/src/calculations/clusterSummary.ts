import type { RedisClusterHealth, RedisHealthStatus, RedisNodeHealth } from '@org/redis-interface';
import type { ClusterNodeEntry } from './clusterNodeList.js';

const ALL_SLOTS = 16_384;

/**
 * Slot coverage as observed: `CLUSTER INFO` fields of an answering master, with `slotsOk`
 * limited to the slots of masters that answered this check (`nodes[i]` is `entries[i]`'s PING):
 * the cluster keeps counting a dead master's slots as ok until it marks the master failed.
 */
export function clusterSummary(
  info: Readonly<Record<string, string>>,
  entries: readonly ClusterNodeEntry[],
  nodes: readonly RedisNodeHealth[],
): RedisClusterHealth {
  const answering = entries.reduce(
    (sum, entry, index) => sum + (entry.role === 'master' && nodes[index]?.status === 'up' ? entry.slots : 0),
    0,
  );
  return {
    state: info['cluster_state'] === 'ok' ? 'ok' : 'fail',
    slotsAssigned: Number(info['cluster_slots_assigned'] ?? 0),
    slotsOk: Math.min(answering, Number(info['cluster_slots_ok'] ?? 0)),
    slotsPfail: Number(info['cluster_slots_pfail'] ?? 0),
    slotsFail: Number(info['cluster_slots_fail'] ?? 0),
    knownNodes: Number(info['cluster_known_nodes'] ?? 0),
    masters: entries.filter((entry) => entry.role === 'master' && entry.slots > 0).length,
    replicas: entries.filter((entry) => entry.role === 'replica').length,
  };
}

/**
 * `up`: the cluster state is ok, every slot is served by a master that answered, none is in
 * PFAIL, and every listed node answered. `down`: no cluster view, state `fail`, or no slot served
 * by an answering master. `degraded` in between: serving part or all of the keyspace with a node
 * down or slots at risk.
 */
export function clusterHealthStatus(
  cluster: RedisClusterHealth | undefined,
  nodes: readonly RedisNodeHealth[],
): RedisHealthStatus {
  if (cluster === undefined || cluster.state !== 'ok' || cluster.slotsOk === 0) return 'down';
  const allUp = nodes.every((node) => node.status === 'up');
  return allUp && cluster.slotsOk === ALL_SLOTS && cluster.slotsPfail === 0 ? 'up' : 'degraded';
}
