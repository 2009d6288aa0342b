import { setTimeout as sleep } from 'node:timers/promises';
import { parseClusterNodes, parseInfo } from '@org/redis-core';
import { slotRanges } from '../calculations/slotRanges.js';
import { TestkitError } from '../models/TestkitError.js';
import { adminCommand, type AdminConnection } from './adminClient.js';

/** A node to join into the cluster: how to reach it and its bus port. */
export interface FormationNode extends AdminConnection {
  readonly busPort: number;
}

/**
 * Poll `check` every 50 ms until it returns true.
 * @throws TestkitError `CLUSTER_NOT_READY` naming `what` after `timeoutMs`.
 */
export async function waitUntil(
  what: string,
  timeoutMs: number,
  check: () => Promise<boolean>,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      lastError = error;
    }
    await sleep(50);
  }
  throw new TestkitError('CLUSTER_NOT_READY', `Timed out after ${timeoutMs} ms waiting for ${what}`, {
    cause: lastError,
  });
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
    return views.every((view) => {
      const lines = parseClusterNodes(view);
      return lines.length === all.length && lines.every((line) => !line.flags.includes('handshake'));
    });
  });
  await Promise.all(
    replicas.map((node, index) => {
      const masterId = ids[Math.floor(index / replicasPerMaster)] ?? '';
      return adminCommand(node, 'CLUSTER', 'REPLICATE', masterId);
    }),
  );
  await waitUntil('cluster_state:ok and replicas in sync on every node', timeoutMs, async () => {
    const states = await Promise.all(all.map(reportsClusterOk));
    if (!states.every(Boolean)) return false;
    const links = await Promise.all(replicas.map((node) => adminCommand(node, 'INFO', 'replication')));
    if (!links.every((info) => parseInfo(info)['master_link_status'] === 'up')) return false;
    // Every node must see the replicas as replicas, or a client's first CLUSTER SLOTS may miss them.
    const views = await Promise.all(all.map((node) => adminCommand(node, 'CLUSTER', 'NODES')));
    return views.every(
      (view) =>
        parseClusterNodes(view).filter((line) => line.flags.includes('slave')).length === replicas.length,
    );
  });
  return ids;
}
