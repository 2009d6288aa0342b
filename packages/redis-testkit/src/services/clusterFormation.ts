import { parseClusterNodes, parseInfo } from '@org/redis-core';
import { slotRanges } from '../calculations/slotRanges.js';
import { TestkitError } from '../models/TestkitError.js';
import { adminCommand, type AdminConnection } from './adminClient.js';
import { waitUntil, type Readiness } from './waitUntil.js';

/** A node to join into the cluster: how to reach it and its bus port. */
export interface FormationNode extends AdminConnection {
  readonly busPort: number;
}

/** True when `node` reports `cluster_state:ok`. */
export async function reportsClusterOk(node: AdminConnection): Promise<boolean> {
  return parseInfo(await adminCommand(node, 'CLUSTER', 'INFO'))['cluster_state'] === 'ok';
}

/**
 * Who is master of whom, as `node` sees it, ignoring nodes it flags as failing: live nodes have
 * converged when their views are equal. `undefined` while the view is not settled yet: a
 * restarted old master first comes back as a master without slots, then turns replica.
 */
export async function clusterViewOf(node: AdminConnection): Promise<string | undefined> {
  const lines = parseClusterNodes(await adminCommand(node, 'CLUSTER', 'NODES')).filter(
    (line) => !line.flags.includes('fail') && !line.flags.includes('fail?'),
  );
  if (lines.some((line) => line.flags.includes('master') && line.slots.length === 0)) return undefined;
  return lines
    .map((line) => `${line.id}:${line.masterId ?? 'master'}`)
    .sort()
    .join(',');
}

/**
 * Form a cluster from empty cluster-enabled nodes, the way `redis-cli --cluster create` does
 * but without its fixed sleeps: distinct config epochs, slot ranges on the masters, MEET,
 * then replicas attached, and ready only when every node agrees.
 *
 * @returns the cluster node ID of each node, in input order.
 */
export async function formCluster(
  masters: readonly FormationNode[],
  replicasPerMaster: number,
  replicas: readonly FormationNode[],
  timeoutMs: number,
): Promise<string[]> {
  const all = [...masters, ...replicas];
  const ids = await Promise.all(all.map((node) => adminCommand(node, 'CLUSTER', 'MYID')));
  const ranges = slotRanges(masters.length);
  await Promise.all(
    masters.map(async (node, index) => {
      await adminCommand(node, 'CLUSTER', 'SET-CONFIG-EPOCH', index + 1);
      const [first, last] = ranges[index] ?? [0, -1];
      await adminCommand(node, 'CLUSTER', 'ADDSLOTSRANGE', first, last);
    }),
  );
  const [seed] = all;
  if (seed === undefined) throw new TestkitError('START_FAILED', 'A cluster needs at least one node');
  await Promise.all(
    all.slice(1).map((node) => adminCommand(seed, 'CLUSTER', 'MEET', node.host, node.port, node.busPort)),
  );
  await waitUntil('every node to know every other node', timeoutMs, async () => {
    const views = await Promise.all(all.map((node) => adminCommand(node, 'CLUSTER', 'NODES')));
    const unsettled = views.findIndex((view) => {
      const lines = parseClusterNodes(view);
      return lines.length !== all.length || lines.some((line) => line.flags.includes('handshake'));
    });
    return unsettled < 0 || `${addressOf(all[unsettled])} does not know every node yet`;
  });
  await Promise.all(
    replicas.map((node, index) => {
      const masterId = ids[Math.floor(index / replicasPerMaster)] ?? '';
      return adminCommand(node, 'CLUSTER', 'REPLICATE', masterId);
    }),
  );
  await waitUntil('cluster_state:ok and replicas in sync on every node', timeoutMs, () =>
    formationReadiness(all, masters.length, replicas.length),
  );
  return ids;
}

function addressOf(node: AdminConnection | undefined): string {
  return node === undefined ? 'a node' : `${node.host}:${node.port}`;
}

/**
 * Ready when every node reports `cluster_state:ok`, sees `masterCount` masters with slots and
 * `replicaCount` replicas (or a client's first CLUSTER SLOTS may miss them), and every replica's
 * link is up.
 *
 * Roles are counted, not checked against the plan: on a loaded machine a master can stall past
 * the 1 s node timeout while the cluster forms, and its replica takes over. That cluster is
 * still a good one; waiting for the planned roles would wait forever.
 */
export async function formationReadiness(
  all: readonly AdminConnection[],
  masterCount: number,
  replicaCount: number,
): Promise<Readiness> {
  for (const node of all) {
    if (!(await reportsClusterOk(node))) return `${addressOf(node)} does not report cluster_state:ok`;
    const lines = parseClusterNodes(await adminCommand(node, 'CLUSTER', 'NODES'));
    const masters = lines.filter((line) => line.flags.includes('master') && line.slots.length > 0).length;
    const replicas = lines.filter((line) => line.flags.includes('slave')).length;
    if (masters !== masterCount || replicas !== replicaCount) {
      return `${addressOf(node)} sees ${masters} master(s) with slots and ${replicas} replica(s)`;
    }
    const replication = parseInfo(await adminCommand(node, 'INFO', 'replication'));
    if (replication['role'] === 'slave' && replication['master_link_status'] !== 'up') {
      return `${addressOf(node)} has its replication link down`;
    }
  }
  return true;
}
