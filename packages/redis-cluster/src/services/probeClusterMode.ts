import { RedisError, type RedisClusterConfig } from '@org/redis-interface';
import { mapRedisError, serverMode, silenceErrorEvents, tlsFailureAdvice } from '@org/redis-core';
import { connectWithCause, nodeConnection } from '@org/redis-engine-ioredis';
import { Redis } from 'ioredis';
import { nodeOptions } from '../calculations/clusterOptions.js';

type Seed = RedisClusterConfig['nodes'][number];

/**
 * Ask the seed nodes whether they run in cluster mode (`serverMode`: HELLO, which any ACL user
 * may run), so that a standalone server behind REDIS_MODE=cluster fails with MODE_MISMATCH
 * rather than "Failed to refresh slots cache", and no seed answering fails with
 * CONNECTION_FAILED (as in standalone mode).
 *
 * Every seed is asked at once and the first to answer decides: one after the other, seeds that
 * never answer (a TLS client before plain servers, unreachable hosts) would each take the whole
 * connect timeout before the next was tried.
 *
 * @throws RedisError `MODE_MISMATCH` when the first seed to answer is not a cluster node. When no
 *   seed answered: a failed TLS handshake mapped as in standalone mode (`CONNECTION_FAILED` saying
 *   what to set), another refusal as mapped (`AUTH_FAILED`…), else `CONNECTION_FAILED` naming the seeds.
 */
export async function probeClusterMode(config: RedisClusterConfig): Promise<void> {
  const probes = config.nodes.map((node) => {
    const probe = new Redis({
      ...nodeOptions(config),
      ...node,
      retryStrategy: () => null,
      maxRetriesPerRequest: 0,
    });
    silenceErrorEvents(probe);
    return { node, probe };
  });
  const failures: unknown[] = [];
  let answer: { readonly node: Seed; readonly mode: string | undefined } | undefined;
  try {
    answer = await Promise.any(
      probes.map(async ({ node, probe }, index) => {
        try {
          await connectWithCause(probe);
          // undefined: neither HELLO nor INFO answered; the check cannot run, the cluster client will tell.
          return { node, mode: await serverMode(nodeConnection(probe)) };
        } catch (error) {
          failures[index] = error;
          throw error;
        }
      }),
    );
  } catch {
    answer = undefined;
  } finally {
    for (const { probe } of probes) probe.disconnect();
  }
  if (answer === undefined) throw noSeedAnswered(config, failures);
  if (answer.mode === undefined || answer.mode === 'cluster') return;
  throw new RedisError(
    'MODE_MISMATCH',
    `${answer.node.host}:${answer.node.port} is not a cluster node (cluster support disabled) but the mode is cluster: set REDIS_MODE=standalone and REDIS_URL.`,
    { details: { configured: 'cluster', server: 'standalone' } },
  );
}

/**
 * Why no seed answered. A failed TLS handshake comes first: the node was there, and what to set
 * is the TLS configuration, not REDIS_CLUSTER_NODES. Otherwise the last seed's error decides, as
 * when the seeds were tried in order.
 */
function noSeedAnswered(config: RedisClusterConfig, failures: readonly unknown[]): RedisError {
  const chosen = failures.find((error) => tlsFailureAdvice(error) !== undefined) ?? failures.at(-1);
  const reason = chosen === undefined ? undefined : mapRedisError(chosen, 'connect');
  if (reason !== undefined && (reason.code !== 'CONNECTION_FAILED' || tlsFailureAdvice(chosen) !== undefined))
    return reason;
  const seeds = config.nodes.map((node) => `${node.host}:${node.port}`).join(', ');
  return new RedisError(
    'CONNECTION_FAILED',
    `No cluster seed node answered (${seeds}): check REDIS_CLUSTER_NODES and that the nodes are up and reachable.`,
    chosen === undefined ? {} : { cause: chosen },
  );
}
