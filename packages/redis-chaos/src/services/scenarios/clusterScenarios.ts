import { setTimeout as sleep } from 'node:timers/promises';
import { startCluster, type RedisClusterTopology, type RedisNodeInfo } from '@org/redis-testkit';
import type { ClusterScenario } from '../../models/ChaosScenario.js';

// Three masters with one replica each, as the issue measured; the testkit's node timeout (1 s)
// makes a failover take about two seconds.
const startThreeByOne = (): Promise<RedisClusterTopology> =>
  startCluster({ masters: 3, replicasPerMaster: 1 });

async function firstMaster(cluster: RedisClusterTopology): Promise<RedisNodeInfo> {
  const [master] = await cluster.masters();
  if (master === undefined) throw new Error('the cluster has no master');
  return master;
}

async function replicaOf(cluster: RedisClusterTopology, master: RedisNodeInfo): Promise<RedisNodeInfo> {
  const replica = (await cluster.refreshNodes()).find((node) => node.replicaOf === master.clusterId);
  if (replica === undefined) throw new Error(`${master.id} has no replica`);
  return replica;
}

/**
 * Start a killed master again: it rejoins as a replica of the one promoted in its place, so the
 * shard has a replica again and durable writes can succeed (until then, each rejects NOT_DURABLE).
 */
async function rejoin(
  cluster: RedisClusterTopology,
  master: RedisNodeInfo,
  mark: (label: string) => void,
): Promise<void> {
  await cluster.restartNode(master.id);
  mark('old master rejoined as replica');
}

/** SIGKILL one master under load; its replica takes over; the old master comes back as a replica. */
export const masterKill: ClusterScenario = {
  name: 'master-kill',
  title:
    'SIGKILL one of three masters under write load; its replica is promoted; the old master is restarted and rejoins as a replica.',
  mode: 'cluster',
  durable: true,
  start: startThreeByOne,
  async fault(cluster, _settings, mark) {
    const master = await firstMaster(cluster);
    await cluster.killNode(master.id);
    mark('master killed');
    await cluster.waitForFailover();
    mark('failover done');
    await rejoin(cluster, master, mark);
  },
};

/** SIGSTOP one master for longer than the node timeout, then SIGCONT. */
export const masterPause: ClusterScenario = {
  name: 'master-pause',
  title: 'SIGSTOP one master (its socket stays open, nothing answers) past the node timeout, then SIGCONT.',
  mode: 'cluster',
  durable: true,
  start: startThreeByOne,
  async fault(cluster, settings, mark) {
    const master = await firstMaster(cluster);
    await cluster.pauseNode(master.id);
    mark('master paused');
    await sleep(settings.pauseMs);
    await cluster.resumeNode(master.id);
    mark('master resumed');
    await cluster.waitForClusterOk();
    mark('cluster ok');
  },
};

/** SIGSTOP every master at once (no failover can happen), then SIGCONT them all. */
export const allMastersPause: ClusterScenario = {
  name: 'all-masters-pause',
  title: 'SIGSTOP every master at once (no majority left to fail over), then SIGCONT them all.',
  mode: 'cluster',
  durable: true,
  start: startThreeByOne,
  async fault(cluster, settings, mark) {
    const masters = await cluster.masters();
    // One after the other: each pause first reads the roles from a running node; in parallel a pause
    // may ask a node another has just stopped and wait out the testkit's admin timeout before falling
    // back, so the masters would stop up to seconds apart.
    for (const master of masters) await cluster.pauseNode(master.id);
    mark('masters paused');
    await sleep(settings.pauseMs);
    await Promise.all(masters.map((master) => cluster.resumeNode(master.id)));
    mark('masters resumed');
    await cluster.waitForClusterOk();
    mark('cluster ok');
  },
};

/**
 * Pause a replica first, so it falls behind, then kill its master: the replica is promoted
 * without the writes its master acknowledged meanwhile. This is where asynchronous replication
 * loses acknowledged writes, and where durable writes must not.
 */
export const replicaLagKill: ClusterScenario = {
  name: 'replica-lag-kill',
  title:
    'SIGSTOP a replica so it lags, SIGKILL its master, SIGCONT the replica: it is promoted without the lagged writes; the old master is restarted and rejoins as a replica.',
  mode: 'cluster',
  durable: true,
  start: startThreeByOne,
  async fault(cluster, settings, mark) {
    const master = await firstMaster(cluster);
    const replica = await replicaOf(cluster, master);
    await cluster.pauseNode(replica.id);
    mark('replica paused');
    await sleep(settings.lagMs);
    await cluster.killNode(master.id);
    mark('master killed');
    await cluster.resumeNode(replica.id);
    mark('replica resumed');
    await cluster.waitForFailover();
    mark('failover done');
    await rejoin(cluster, master, mark);
  },
};
