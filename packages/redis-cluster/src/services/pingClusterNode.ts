import type { RedisClusterConfig, RedisNodeHealth } from '@org/redis-interface';
import { measureNode, silenceErrorEvents } from '@org/redis-core';
import { nodeConnection } from '@org/redis-engine-ioredis';
import { Redis } from 'ioredis';
import { nodeOptions } from '../calculations/clusterOptions.js';
import type { ClusterNodeEntry } from '../calculations/clusterNodeList.js';

/**
 * PING one node of the cluster's own view: on the client's connection when it has one, otherwise
 * on a short-lived connection (the client drops connections to nodes that disconnect, and keeps
 * none to replicas unless it reads from them), closed afterwards. Only addresses the cluster
 * announced (through `natMap`) are dialled; the connection does not retry.
 */
export async function pingClusterNode(
  entry: ClusterNodeEntry,
  connections: ReadonlyMap<string, Redis>,
  config: RedisClusterConfig,
): Promise<RedisNodeHealth> {
  const timeoutMs = config.commandTimeoutMs;
  const own = connections.get(entry.address);
  if (own !== undefined) return measureNode(nodeConnection(own), entry.address, entry.role, timeoutMs);
  const probe = new Redis({
    ...nodeOptions(config),
    host: entry.host,
    port: entry.port,
    connectTimeout: timeoutMs,
    retryStrategy: () => null,
    maxRetriesPerRequest: 0,
    enableAutoPipelining: false,
  });
  silenceErrorEvents(probe);
  try {
    return await measureNode(nodeConnection(probe), entry.address, entry.role, timeoutMs);
  } finally {
    probe.disconnect();
  }
}
