import { createClient, createCluster } from 'redis';
import type { BenchClient } from './BenchClient.js';
import { queueBenchCommands, type SetGetQueue } from './queueBenchCommands.js';

/**
 * node-redis, standalone client or cluster, behind one small shape: closures over the client's own
 * methods, the same thin indirection every bench client pays.
 */
export interface NodeRedisClient extends BenchClient {
  /** One MGET command (a cluster routes it by its first key and does not split it). */
  mget(keys: string[]): Promise<readonly (string | null)[]>;
  /** One MSET command, `key, value, key, value…`. */
  mset(flat: string[]): Promise<unknown>;
  /** Close the connections. */
  close(): Promise<void>;
}

/** What the adapter uses of a node-redis client or cluster (both have these methods). */
interface NodeRedisCommands {
  set(key: string, value: string): Promise<unknown>;
  get(key: string): Promise<unknown>;
  multi(): SetGetQueue & { execAsPipeline(): Promise<unknown> };
  mGet(keys: string[]): Promise<readonly (string | null)[]>;
  mSet(flat: string[]): Promise<unknown>;
  close(): Promise<unknown>;
}

/** The bench's shape over a connected node-redis client or cluster. */
function adapt(client: NodeRedisCommands): NodeRedisClient {
  return {
    set: (key, value) => client.set(key, value),
    get: (key) => client.get(key),
    pipeline: (commands) => queueBenchCommands(client.multi(), commands).execAsPipeline(),
    mget: (keys) => client.mGet(keys),
    mset: (flat) => client.mSet(flat),
    close: async () => {
      await client.close();
    },
  };
}

/** A standalone node-redis client as `createClient({ url })` makes it, connected. */
export async function connectNodeRedis(url: string): Promise<NodeRedisClient> {
  const client = createClient({ url });
  client.on('error', () => undefined);
  await client.connect();
  return adapt(client);
}

/**
 * A node-redis cluster as `createCluster({ rootNodes })` makes it, connected. Its `multi()` runs on
 * the node of the first key: every key of a pipeline must be on that node.
 */
export async function connectNodeRedisCluster(
  nodes: readonly { readonly host: string; readonly port: number }[],
): Promise<NodeRedisClient> {
  const cluster = createCluster({
    rootNodes: nodes.map((node) => ({ url: `redis://${node.host}:${node.port}` })),
  });
  cluster.on('error', () => undefined);
  await cluster.connect();
  return adapt(cluster);
}
