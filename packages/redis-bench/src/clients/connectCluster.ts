import { RedisClusterService } from '@org/redis-cluster';
import { validateRedisConfig, type RedisClusterConfig } from '@org/redis-interface';
import { Cluster } from 'ioredis';
import { sameClusterOptions } from './ioredisOptions.js';
import { connectNodeRedisCluster } from './nodeRedisClient.js';
import { connectPhase, type PhaseClients } from './PhaseClients.js';

/** Every client of the cluster phase, connected to one cluster. */
export type ClusterClients = PhaseClients<'cluster', RedisClusterService, Cluster, RedisClusterConfig>;

/**
 * Connect every cluster client, seeded with every node of the cluster.
 * @throws whatever a connect throws, after closing the clients already open.
 */
export async function connectCluster(
  startupNodes: readonly { readonly host: string; readonly port: number }[],
): Promise<ClusterClients> {
  const nodes = startupNodes.map((node) => ({ host: node.host, port: node.port }));
  const config = validateRedisConfig({ mode: 'cluster', nodes });
  if (config.mode !== 'cluster') throw new Error('validateRedisConfig changed the mode');
  return connectPhase({
    mode: 'cluster',
    config,
    ours: (options) => new RedisClusterService(options),
    ioredis: (options) => new Cluster(nodes, sameClusterOptions(options)),
    ioredisDefaults: () => new Cluster(nodes),
    nodeRedis: () => connectNodeRedisCluster(nodes),
  });
}
