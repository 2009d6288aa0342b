import { RedisClusterService } from '@org/redis-cluster';
import { validateRedisConfig, type RedisClusterConfig } from '@org/redis-interface';
import { Cluster } from 'ioredis';
import { diffOptions } from '../calculations/diffOptions.js';
import { Closers } from './Closers.js';
import { sameClusterOptions } from './ioredisOptions.js';
import { connectNodeRedisCluster, type NodeRedisClient } from './nodeRedisClient.js';

/** Every client of the cluster phase, connected to one cluster. */
export interface ClusterClients {
  readonly mode: 'cluster';
  /** Ours with its defaults. */
  readonly ours: RedisClusterService;
  /** Raw ioredis `Cluster` with exactly ours' options. */
  readonly ioredis: Cluster;
  /** Raw ioredis `Cluster` with its own defaults (`new Cluster(nodes)`: no auto-pipelining). */
  readonly ioredisDefaults: Cluster;
  /** node-redis `createCluster({ rootNodes })`. */
  readonly nodeRedis: NodeRedisClient;
  /** The configuration ours runs with. */
  readonly config: RedisClusterConfig;
  /** Where `ioredis` and ours' own `Cluster` differ in options (should be empty). */
  readonly optionDrift: readonly string[];
  /** How raw ioredis' defaults differ from ours' options (what "its defaults" means). */
  readonly defaultsDrift: readonly string[];
  /** Close every client. */
  close(): Promise<void>;
}

/**
 * Connect every cluster client, seeded with every node of the cluster.
 * @throws whatever a connect throws, after closing the clients already open.
 */
export async function connectCluster(
  startupNodes: readonly { readonly host: string; readonly port: number }[],
): Promise<ClusterClients> {
  const closers = new Closers();
  const nodes = startupNodes.map((node) => ({ host: node.host, port: node.port }));
  try {
    const config = validateRedisConfig({ mode: 'cluster', nodes });
    if (config.mode !== 'cluster') throw new Error('validateRedisConfig changed the mode');
    const ours = closers.add(new RedisClusterService(config), (client) => client.quit());
    await ours.connect();
    const ioredis = closers.add(new Cluster(nodes, sameClusterOptions(config)), (client) => client.quit());
    ioredis.on('error', () => undefined);
    await ioredis.connect();
    const ioredisDefaults = closers.add(new Cluster(nodes), (client) => client.quit());
    ioredisDefaults.on('error', () => undefined);
    await ioredisDefaults.ping();
    const nodeRedis = closers.add(await connectNodeRedisCluster(nodes), (client) => client.close());
    return {
      mode: 'cluster',
      ours,
      ioredis,
      ioredisDefaults,
      nodeRedis,
      config,
      optionDrift: diffOptions(ours.nativeClient().options, ioredis.options),
      // lazyConnect only decides when the connection opens: not a difference that is measured.
      defaultsDrift: diffOptions(ours.nativeClient().options, ioredisDefaults.options, ['lazyConnect']),
      close: () => closers.closeAll(),
    };
  } catch (error) {
    await closers.closeAll();
    throw error;
  }
}
