import { randomUUID } from 'node:crypto';
import { redisServiceIdentifier, type IRedisService } from '@org/redis-interface';
import { RedisContainerModule } from '@org/redis-factory';
import type { RedisTestServers } from '@org/redis-testkit';
import { Container } from 'inversify';

/** A client resolved from the container, and the module to shut it down with. */
export interface ResolvedRedis {
  readonly redis: IRedisService;
  readonly module: RedisContainerModule;
  /** The connection name: the `client` label of its metrics. */
  readonly client: string;
}

/** `REDIS_*` variables of the shared standalone server, or of a cluster's seed nodes. */
export function envFor(
  servers:
    RedisTestServers['standalone'] | { readonly startupNodes: readonly { host: string; port: number }[] },
): Record<string, string> {
  return 'startupNodes' in servers
    ? {
        REDIS_MODE: 'cluster',
        REDIS_CLUSTER_NODES: servers.startupNodes.map(({ host, port }) => `${host}:${port}`).join(','),
      }
    : { REDIS_URL: servers.url };
}

/**
 * Resolve a connected `IRedisService` the way applications do (`RedisContainerModule.fromEnv`),
 * with a unique key prefix and connection name so that tests sharing servers do not meet.
 */
export async function resolveRedis(env: Readonly<Record<string, string>>): Promise<ResolvedRedis> {
  const id = randomUUID().slice(0, 8);
  const client = `metrics-${id}`;
  const module = RedisContainerModule.fromEnv({
    ...env,
    REDIS_KEY_PREFIX: `metrics-int:${id}:`,
    REDIS_CONNECTION_NAME: client,
  });
  const container = new Container();
  container.load(module);
  const redis = await container.getAsync<IRedisService>(redisServiceIdentifier);
  return { redis, module, client };
}
