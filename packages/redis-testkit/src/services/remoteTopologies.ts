import { parseClusterNodes } from '@org/redis-core';
import type { ExternalServers } from '../calculations/parseTestEnvironment.js';
import type { RedisNodeInfo } from '../models/RedisNodeInfo.js';
import type {
  FaultInjection,
  RedisClusterTopology,
  RedisStandaloneTopology,
} from '../models/RedisTopology.js';
import { TestkitError } from '../models/TestkitError.js';
import { adminCommand } from './adminClient.js';

/** How a topology not started as local processes is stopped (no-op for external servers). */
export interface RemoteControl {
  readonly backend: 'external' | 'container';
  readonly stop: () => Promise<void>;
}

const EXTERNAL: RemoteControl = { backend: 'external', stop: () => Promise.resolve() };

function refuse(backend: string): Promise<never> {
  return Promise.reject(
    new TestkitError(
      'UNSUPPORTED',
      `Fault injection needs servers the testkit started itself; the ${backend} backend cannot. ` +
        'Unset REDIS_TEST_URL / REDIS_TEST_CLUSTER_NODES (or set REDIS_TESTKIT_BACKEND=local).',
    ),
  );
}

function unsupported(backend: string): FaultInjection {
  const fail = (): Promise<never> => refuse(backend);
  return { killNode: fail, restartNode: fail, pauseNode: fail, resumeNode: fail };
}

/**
 * A handle on a standalone server the testkit does not run as a local process: the one named
 * by `REDIS_TEST_URL` (`stop()` leaves it alone), or a container (`stop()` removes it).
 */
export function remoteStandalone(
  server: NonNullable<ExternalServers['standalone']>,
  control: RemoteControl = EXTERNAL,
): RedisStandaloneTopology {
  return {
    kind: 'standalone',
    backend: control.backend,
    host: server.host,
    port: server.port,
    url: server.url,
    nodes: [
      { id: `${server.host}:${server.port}`, host: server.host, port: server.port, role: 'standalone' },
    ],
    replicas: [],
    ...(server.password === undefined
      ? {}
      : {
          credentials: {
            password: server.password,
            ...(server.username === undefined ? {} : { username: server.username }),
          },
        }),
    ...unsupported(control.backend),
    stop: control.stop,
  };
}

/** A handle on a cluster named by `REDIS_TEST_CLUSTER_NODES`, or running in a container. */
export async function remoteCluster(
  nodes: NonNullable<ExternalServers['clusterNodes']>,
  control: RemoteControl = EXTERNAL,
): Promise<RedisClusterTopology> {
  const refreshNodes = async (): Promise<readonly RedisNodeInfo[]> => {
    const [seed] = nodes;
    if (seed === undefined)
      throw new TestkitError('INVALID_ENVIRONMENT', 'REDIS_TEST_CLUSTER_NODES is empty');
    return parseClusterNodes(await adminCommand(seed, 'CLUSTER', 'NODES')).map((line) => ({
      id: `${line.host}:${line.port}`,
      host: line.host,
      port: line.port,
      role: line.flags.includes('master') ? 'master' : 'replica',
      clusterId: line.id,
      ...(line.masterId === undefined ? {} : { replicaOf: line.masterId }),
    }));
  };
  const faults = unsupported(control.backend);
  return {
    kind: 'cluster',
    backend: control.backend,
    nodes: await refreshNodes(),
    startupNodes: nodes,
    refreshNodes,
    masters: async () => (await refreshNodes()).filter((node) => node.role === 'master'),
    waitForFailover: () => refuse(control.backend),
    waitForClusterOk: () => Promise.resolve(),
    ...faults,
    stop: control.stop,
  };
}
