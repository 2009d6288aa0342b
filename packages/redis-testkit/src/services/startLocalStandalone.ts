import type { RedisStandaloneTopology } from '../models/RedisTopology.js';
import type { StandaloneStartOptions } from '../models/StartOptions.js';
import { TestkitError } from '../models/TestkitError.js';
import { addressOf, LocalNodeGroup } from './LocalNodeGroup.js';
import { createWorkspace, LOCAL_HOST, startLocalServers } from './localServerSetup.js';

/** Start one `redis-server` from PATH on a free loopback port. */
export async function startLocalStandalone(
  options: StandaloneStartOptions = {},
): Promise<RedisStandaloneTopology> {
  const workspace = await createWorkspace(options);
  let servers;
  try {
    servers = await startLocalServers(workspace, options, ['standalone'], undefined);
  } catch (error) {
    workspace.release();
    throw error;
  }
  const [server] = servers;
  if (server === undefined) throw new TestkitError('START_FAILED', 'redis-server did not start');
  const group = new LocalNodeGroup(servers, options.startTimeoutMs ?? 30_000);
  const port = server.spec.port;
  const scheme = workspace.tls === undefined ? 'redis' : 'rediss';
  let stopped: Promise<void> | undefined;
  return {
    kind: 'standalone',
    backend: 'local',
    host: LOCAL_HOST,
    port,
    url: `${scheme}://${LOCAL_HOST}:${port}`,
    nodes: [{ id: addressOf(server), host: LOCAL_HOST, port, role: 'standalone', ...pidOf(server.pid) }],
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
