import { parseClusterNodes } from '@org/redis-core';
import type { RedisNodeInfo } from '../models/RedisNodeInfo.js';
import type { RedisClusterTopology } from '../models/RedisTopology.js';
import type { ClusterStartOptions } from '../models/StartOptions.js';
import { TestkitError } from '../models/TestkitError.js';
import { adminCommand, type AdminConnection } from './adminClient.js';
import { formCluster, clusterViewOf, reportsClusterOk } from './clusterFormation.js';
import { waitForReplacement, type MasterFailure } from './clusterFailover.js';
import { addressOf, LocalNodeGroup } from './LocalNodeGroup.js';
import { createWorkspace, startLocalServers } from './localServerSetup.js';
import { waitUntil } from './waitUntil.js';
import type { RedisServerProcess } from './RedisServerProcess.js';
import { pidOf } from './startLocalStandalone.js';

/** Start `masters × (1 + replicasPerMaster)` cluster-enabled servers and form a cluster. */
export async function startLocalCluster(options: ClusterStartOptions = {}): Promise<RedisClusterTopology> {
  const masterCount = options.masters ?? 3;
  const replicasPerMaster = options.replicasPerMaster ?? 1;
  const timeoutMs = options.startTimeoutMs ?? 30_000;
  if (
    !Number.isInteger(masterCount) ||
    masterCount < 1 ||
    !Number.isInteger(replicasPerMaster) ||
    replicasPerMaster < 0
  ) {
    throw new TestkitError(
      'START_FAILED',
      'masters must be an integer >= 1 and replicasPerMaster an integer >= 0',
    );
  }
  const workspace = await createWorkspace(options);
  const names = Array.from({ length: masterCount * (1 + replicasPerMaster) }, (_, index) => `node-${index}`);
  let servers: RedisServerProcess[] = [];
  const connectionOf = (server: RedisServerProcess): AdminConnection & { busPort: number } => ({
    host: server.spec.host,
    port: server.spec.port,
    busPort: server.spec.cluster?.busPort ?? server.spec.port + 10_000,
    tls: workspace.tls?.material,
    credentials: workspace.credentials,
  });
  let ids: string[];
  try {
    servers = await startLocalServers(workspace, options, names, {
      nodeTimeoutMs: options.nodeTimeoutMs ?? 1_000,
    });
    const connections = servers.map(connectionOf);
    ids = await formCluster(
      connections.slice(0, masterCount),
      replicasPerMaster,
      connections.slice(masterCount),
      timeoutMs,
    );
  } catch (error) {
    const failure = withExitedNodes(error, servers);
    await Promise.all(servers.map((server) => server.stop()));
    workspace.release();
    throw failure;
  }
  const group = new LocalNodeGroup(servers, timeoutMs);
  servers.forEach((server, index) => group.alias(ids[index] ?? '', addressOf(server)));
  const pidByAddress = new Map(servers.map((server) => [addressOf(server), server]));

  const toInfo = (line: ReturnType<typeof parseClusterNodes>[number]): RedisNodeInfo => {
    const id = `${line.host}:${line.port}`;
    return {
      id,
      host: line.host,
      port: line.port,
      role: line.flags.includes('master') ? 'master' : 'replica',
      clusterId: line.id,
      ...(line.masterId === undefined ? {} : { replicaOf: line.masterId }),
      ...pidOf(pidByAddress.get(id)?.pid),
    };
  };
  let known: readonly RedisNodeInfo[] = [];
  const refreshNodes = async (): Promise<readonly RedisNodeInfo[]> => {
    const [live] = group.live();
    if (live === undefined) throw new TestkitError('CLUSTER_NOT_READY', 'No cluster node is running');
    known = parseClusterNodes(await adminCommand(connectionOf(live), 'CLUSTER', 'NODES')).map(toInfo);
    return known;
  };
  const waitForClusterOk = async (waitOptions?: { readonly timeoutMs?: number }): Promise<void> =>
    waitUntil(
      'cluster_state:ok and one view of the masters on every live node',
      waitOptions?.timeoutMs ?? 30_000,
      async () => {
        const live = group.live().map(connectionOf);
        if (!(await Promise.all(live.map(reportsClusterOk))).every(Boolean)) {
          return 'a live node does not report cluster_state:ok';
        }
        const views = new Set(await Promise.all(live.map(clusterViewOf)));
        if (views.has(undefined)) return 'a live node still sees a master without slots';
        return views.size === 1 || `the live nodes hold ${views.size} different views of the masters`;
      },
    );
  let lastFailure: MasterFailure | undefined;
  const recordFailure = async (id: string): Promise<void> => {
    const address = addressOf(group.find(id));
    // Nodes paused or killed at once: the node asked may be stopping too; the roles seen last still tell.
    const nodes = await refreshNodes().catch(() => known);
    const node = nodes.find((info) => info.id === address);
    if (node?.role !== 'master') return;
    const replicas = nodes.filter((info) => info.replicaOf === node.clusterId).map((info) => info.id);
    lastFailure = { node, replicas: new Set(replicas), at: Date.now() };
  };
  let stopped: Promise<void> | undefined;
  const initial = await refreshNodes();
  return {
    kind: 'cluster',
    backend: 'local',
    nodes: initial,
    startupNodes: servers.map((server) => ({ host: server.spec.host, port: server.spec.port })),
    ...(workspace.tls === undefined ? {} : { tls: workspace.tls.material }),
    ...(workspace.credentials === undefined ? {} : { credentials: workspace.credentials }),
    refreshNodes,
    masters: async () => (await refreshNodes()).filter((node) => node.role === 'master'),
    waitForClusterOk,
    waitForFailover: async (waitOptions) => {
      if (lastFailure === undefined) {
        throw new TestkitError(
          'CLUSTER_NOT_READY',
          'waitForFailover() needs a master killed or paused first',
        );
      }
      const failure = lastFailure;
      const wait = waitOptions?.timeoutMs ?? 30_000;
      const promoted = await waitForReplacement(failure, wait, refreshNodes);
      await waitForClusterOk({ timeoutMs: wait });
      lastFailure = undefined;
      return { promoted, failed: failure.node, elapsedMs: Date.now() - failure.at };
    },
    killNode: async (id) => {
      await recordFailure(id);
      await group.killNode(id);
    },
    pauseNode: async (id) => {
      await recordFailure(id);
      await group.pauseNode(id);
    },
    restartNode: async (id) => {
      await group.restartNode(id);
      // Callers expect a usable cluster back, not a node that still believes its old role.
      await waitForClusterOk({ timeoutMs });
    },
    resumeNode: (id) => group.resumeNode(id),
    stop: () => {
      stopped ??= group.stopAll().finally(() => workspace.release());
      return stopped;
    },
  };
}

/**
 * A formation that timed out usually means a node died under it; name those nodes and quote
 * their logs, which are deleted with the workspace right after.
 */
function withExitedNodes(error: unknown, servers: readonly RedisServerProcess[]): unknown {
  const exited = servers.filter((server) => server.pid === undefined);
  if (!(error instanceof TestkitError) || exited.length === 0) return error;
  const logs = exited.map(
    (server) => `redis-server on port ${server.spec.port} exited. Its log says:\n${server.logTail()}`,
  );
  return new TestkitError(error.code, [error.message, ...logs].join('\n'), { cause: error.cause });
}
