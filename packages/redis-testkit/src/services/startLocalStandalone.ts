import type { RedisNodeInfo } from '../models/RedisNodeInfo.js';
import type { RedisStandaloneTopology } from '../models/RedisTopology.js';
import type { StandaloneStartOptions } from '../models/StartOptions.js';
import { TestkitError } from '../models/TestkitError.js';
import { addressOf, LocalNodeGroup } from './LocalNodeGroup.js';
import { createWorkspace, LOCAL_HOST, startLocalServers } from './localServerSetup.js';
import type { RedisServerProcess } from './RedisServerProcess.js';
import { replicaCount, startLocalReplicas } from './startLocalReplicas.js';

/** Start one `redis-server` from PATH on a free loopback port, and `replicas` replicas of it. */
export async function startLocalStandalone(
  options: StandaloneStartOptions = {},
): Promise<RedisStandaloneTopology> {
  const count = replicaCount(options);
  const workspace = await createWorkspace(options);
  let servers: RedisServerProcess[] = [];
  let replicas: RedisServerProcess[];
  try {
    servers = await startLocalServers(workspace, options, ['standalone'], undefined);
    const [master] = servers;
    if (master === undefined) throw new TestkitError('START_FAILED', 'redis-server did not start');
    replicas = await startLocalReplicas(workspace, options, master, count);
  } catch (error) {
    await Promise.all(servers.map((server) => server.stop()));
    workspace.release();
    throw error;
  }
  const [server] = servers;
  if (server === undefined) throw new TestkitError('START_FAILED', 'redis-server did not start');
  const group = new LocalNodeGroup([server, ...replicas], options.startTimeoutMs ?? 30_000);
  const port = server.spec.port;
  const scheme = workspace.tls === undefined ? 'redis' : 'rediss';
  const replicaNodes = replicas.map((replica): RedisNodeInfo => ({
    id: addressOf(replica),
    host: LOCAL_HOST,
    port: replica.spec.port,
    role: 'replica',
    replicaOf: addressOf(server),
    ...pidOf(replica.pid),
  }));
  let stopped: Promise<void> | undefined;
  return {
    kind: 'standalone',
    backend: 'local',
    host: LOCAL_HOST,
    port,
    url: `${scheme}://${LOCAL_HOST}:${port}`,
    nodes: [
      { id: addressOf(server), host: LOCAL_HOST, port, role: 'standalone', ...pidOf(server.pid) },
      ...replicaNodes,
    ],
    replicas: replicaNodes,
    ...(workspace.tls === undefined ? {} : { tls: workspace.tls.material }),
    ...(workspace.credentials === undefined ? {} : { credentials: workspace.credentials }),
    killNode: (id) => group.killNode(id),
    restartNode: (id) => group.restartNode(id),
    pauseNode: (id) => group.pauseNode(id),
    resumeNode: (id) => group.resumeNode(id),
    stop: () => {
      stopped ??= group.stopAll().finally(() => workspace.release());
      return stopped;
    },
  };
}

/** `{ pid }` when known, `{}` otherwise (exactOptionalPropertyTypes forbids `pid: undefined`). */
export function pidOf(pid: number | undefined): { pid?: number } {
  return pid === undefined ? {} : { pid };
}
