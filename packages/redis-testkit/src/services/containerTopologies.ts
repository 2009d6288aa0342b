import type { RedisClusterTopology, RedisStandaloneTopology } from '../models/RedisTopology.js';
import type { ClusterStartOptions } from '../models/StartOptions.js';
import { freePorts } from './freePort.js';
import { remoteCluster, remoteStandalone } from './remoteTopologies.js';

/** Redis image of the container backend (Redis 7, as in docker-compose.yml). */
export const REDIS_IMAGE = 'redis:7.2-alpine';
const NO_PERSISTENCE = ['--save', '', '--appendonly', 'no'];

/** One Redis 7 container, its port mapped to a random host port. */
export async function startContainerStandalone(): Promise<RedisStandaloneTopology> {
  // Loaded on demand: testcontainers is heavy and only this backend needs it.
  const { GenericContainer, Wait } = await import('testcontainers');
  const container = await new GenericContainer(REDIS_IMAGE)
    .withCommand(['redis-server', ...NO_PERSISTENCE])
    .withExposedPorts(6379)
    .withWaitStrategy(Wait.forLogMessage('Ready to accept connections'))
    .start();
  const host = container.getHost();
  const port = container.getMappedPort(6379);
  return remoteStandalone(
    { host, port, url: `redis://${host}:${port}` },
    {
      backend: 'container',
      stop: async () => {
        await container.stop();
      },
    },
  );
}

/**
 * A cluster in ONE container: every node listens on the same port number inside and outside
 * (fixed host bindings) and announces 127.0.0.1, so MOVED replies work from the host without
 * a NAT map. Needs a Docker engine on this machine.
 */
export async function startContainerCluster(options: ClusterStartOptions): Promise<RedisClusterTopology> {
  const { GenericContainer, Wait } = await import('testcontainers');
  const masters = options.masters ?? 3;
  const replicas = options.replicasPerMaster ?? 1;
  const ports = await freePorts(masters * (1 + replicas));
  const servers = ports
    .map(
      (port) =>
        `redis-server --port ${port} --cluster-enabled yes --cluster-config-file nodes-${port}.conf ` +
        `--cluster-announce-ip 127.0.0.1 --cluster-node-timeout ${options.nodeTimeoutMs ?? 1_000} ` +
        `--save '' --appendonly no --daemonize yes --logfile /tmp/redis-${port}.log`,
    )
    .join(' && ');
  const create =
    `redis-cli --cluster create ${ports.map((port) => `127.0.0.1:${port}`).join(' ')} ` +
    `--cluster-replicas ${replicas} --cluster-yes`;
  const script = `${servers} && sleep 0.5 && ${create} && echo CLUSTER-READY && tail -f /dev/null`;
  const container = await new GenericContainer(REDIS_IMAGE)
    .withCommand(['sh', '-c', script])
    .withExposedPorts(...ports.map((port) => ({ container: port, host: port })))
    .withWaitStrategy(Wait.forLogMessage('CLUSTER-READY'))
    .start();
  const topology = await remoteCluster(
    ports.map((port) => ({ host: '127.0.0.1', port })),
    {
      backend: 'container',
      stop: async () => {
        await container.stop();
      },
    },
  );
  await topology.waitForClusterOk();
  return topology;
}
