import { RedisError, type RedisClusterConfig } from '@org/redis-interface';
import { mapRedisError, serverMode, silenceErrorEvents } from '@org/redis-core';
import { connectWithCause, nodeConnection } from '@org/redis-engine-ioredis';
import { Redis } from 'ioredis';
import { nodeOptions } from '../calculations/clusterOptions.js';

/**
 * Ask the first seed node that answers whether it runs in cluster mode (`serverMode`: HELLO,
 * which any ACL user may run), so that a standalone server behind REDIS_MODE=cluster fails with
 * MODE_MISMATCH rather than "Failed to refresh slots cache", and no seed answering fails with
 * CONNECTION_FAILED (as in standalone mode).
 */
export async function probeClusterMode(config: RedisClusterConfig): Promise<void> {
  let lastError: unknown;
  for (const node of config.nodes) {
    const probe = new Redis({
      ...nodeOptions(config),
      ...node,
      retryStrategy: () => null,
      maxRetriesPerRequest: 0,
    });
    silenceErrorEvents(probe);
    let mode: string | undefined;
    try {
      await connectWithCause(probe);
      // undefined: neither HELLO nor INFO answered; the check cannot run, the cluster client will tell.
      mode = await serverMode(nodeConnection(probe));
    } catch (error) {
      lastError = error;
      continue;
    } finally {
      probe.disconnect();
    }
    if (mode === undefined || mode === 'cluster') return;
    throw new RedisError(
      'MODE_MISMATCH',
      `${node.host}:${node.port} is not a cluster node (cluster support disabled) but the mode is cluster: set REDIS_MODE=standalone and REDIS_URL.`,
      { details: { configured: 'cluster', server: 'standalone' } },
    );
  }
  const reason = lastError === undefined ? undefined : mapRedisError(lastError, 'connect');
  if (reason !== undefined && reason.code !== 'CONNECTION_FAILED') throw reason;
  const seeds = config.nodes.map((node) => `${node.host}:${node.port}`).join(', ');
  throw new RedisError(
    'CONNECTION_FAILED',
    `No cluster seed node answered (${seeds}): check REDIS_CLUSTER_NODES and that the nodes are up and reachable.`,
    lastError === undefined ? {} : { cause: lastError },
  );
}
