import { RedisFactoryService } from '@org/redis-factory';
import type { IRedisService } from '@org/redis-interface';
import type { RedisClusterTopology, RedisStandaloneTopology } from '@org/redis-testkit';

/** A connected service on a testkit topology, to seed and inspect it the way an app would. */
export async function connectTo(
  topology: RedisStandaloneTopology | RedisClusterTopology,
): Promise<IRedisService> {
  const factory = new RedisFactoryService();
  const password = topology.credentials?.password;
  const service = factory.create(
    topology.kind === 'standalone'
      ? {
          mode: 'standalone',
          host: topology.host,
          port: topology.port,
          ...(password === undefined ? {} : { password }),
        }
      : { mode: 'cluster', nodes: topology.startupNodes, ...(password === undefined ? {} : { password }) },
  );
  return factory.connect(service, 10_000);
}
