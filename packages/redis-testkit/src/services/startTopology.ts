import type { RedisClusterTopology, RedisStandaloneTopology } from '../models/RedisTopology.js';
import type { ClusterStartOptions, StandaloneStartOptions } from '../models/StartOptions.js';
import { TestkitError } from '../models/TestkitError.js';
import { startContainerCluster, startContainerStandalone } from './containerTopologies.js';
import { remoteCluster, remoteStandalone } from './remoteTopologies.js';
import { selectBackend } from './selectBackend.js';
import { startLocalCluster } from './startLocalCluster.js';
import { startLocalStandalone } from './startLocalStandalone.js';

function containerCannot(options: StandaloneStartOptions): never | void {
  if (
    options.tls === true ||
    options.users !== undefined ||
    options.password !== undefined ||
    options.extraArgs !== undefined
  ) {
    throw new TestkitError(
      'UNSUPPORTED',
      'The container backend starts plain servers only: install redis-server for TLS, ACL and custom arguments',
    );
  }
}

/**
 * Start a standalone Redis for a test (see {@link selectBackend} for where it comes from).
 *
 * @example
 * ```ts
 * const redis = await startStandalone({ tls: true });
 * try { ... connect to redis.url with redis.tls.ca ... } finally { await redis.stop(); }
 * ```
 * @throws TestkitError `NO_BACKEND`, `START_FAILED`, `INVALID_ENVIRONMENT`; `UNSUPPORTED` for `replicas`
 * on another backend than local.
 */
export async function startStandalone(
  options: StandaloneStartOptions = {},
): Promise<RedisStandaloneTopology> {
  const choice = await selectBackend('standalone', options);
  if (choice.kind === 'local') return startLocalStandalone(options);
  if ((options.replicas ?? 0) > 0) {
    throw new TestkitError(
      'UNSUPPORTED',
      `A standalone server with replicas needs the local backend (redis-server on PATH), not ${choice.kind}`,
    );
  }
  if (choice.kind === 'external' && choice.external.standalone !== undefined)
    return remoteStandalone(choice.external.standalone);
  containerCannot(options);
  return startContainerStandalone();
}

/**
 * Start a Redis Cluster for a test: `masters` (default 3) masters with `replicasPerMaster`
 * (default 1) replicas each, ready when every node reports `cluster_state:ok`.
 *
 * @throws TestkitError `NO_BACKEND`, `START_FAILED`, `CLUSTER_NOT_READY`, `INVALID_ENVIRONMENT`.
 */
export async function startCluster(options: ClusterStartOptions = {}): Promise<RedisClusterTopology> {
  const choice = await selectBackend('cluster', options);
  if (choice.kind === 'local') return startLocalCluster(options);
  if (choice.kind === 'external' && choice.external.clusterNodes !== undefined)
    return remoteCluster(choice.external.clusterNodes);
  containerCannot(options);
  return startContainerCluster(options);
}
