import { validateRedisConfig, type RedisClusterConfig } from '@org/redis-interface';
import { RedisClusterService } from '@org/redis-cluster';
import { startCluster, type RedisClusterTopology } from '@org/redis-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const password = 'getter-secret';

function serviceFor(
  cluster: RedisClusterTopology,
  username: string,
  connectTimeoutMs = 3_000,
): RedisClusterService {
  return new RedisClusterService(
    validateRedisConfig({
      mode: 'cluster',
      nodes: cluster.startupNodes,
      username,
      password,
      connectTimeoutMs,
    }) as RedisClusterConfig,
  );
}

describe(RedisClusterService, () => {
  describe('.connect', () => {
    let cluster: RedisClusterTopology;

    beforeAll(async () => {
      cluster = await startCluster({
        users: [
          { name: 'getter', password, rules: ['+get', '~allowed:*'] },
          { name: 'clustered', password, rules: ['+get', '~allowed:*', '+cluster|slots', '+cluster|info'] },
          { name: 'slotsOnly', password, rules: ['+get', '~allowed:*', '+cluster|slots'] },
        ],
      });
    }, 60_000);
    afterAll(async () => {
      await cluster.stop();
    });

    describe('having an ACL user with GET on allowed:* and CLUSTER SLOTS and INFO', () => {
      it('should connect and read an allowed key', async () => {
        const service = serviceFor(cluster, 'clustered');
        try {
          await service.connect();
          expect(await service.get('allowed:x')).toBeNull();
        } finally {
          await service.disconnect();
        }
      });
    });

    describe('having an ACL user with GET on allowed:* only', () => {
      it('should fail with NO_PERMISSION naming the CLUSTER subcommands to grant', async () => {
        const service = serviceFor(cluster, 'getter');
        const error: unknown = await service.connect().catch((caught: unknown) => caught);
        await service.disconnect();
        expect(error).toMatchObject({
          code: 'NO_PERMISSION',
          message: expect.stringContaining('+cluster|slots +cluster|info') as unknown,
        });
      });
    });

    describe('having an ACL user with CLUSTER SLOTS but not CLUSTER INFO', () => {
      it('should fail with CLUSTER_DOWN after connectTimeoutMs, naming +cluster|info', async () => {
        const service = serviceFor(cluster, 'slotsOnly', 1_000);
        const error: unknown = await service.connect().catch((caught: unknown) => caught);
        await service.disconnect();
        expect(error).toMatchObject({
          code: 'CLUSTER_DOWN',
          message: expect.stringContaining('+cluster|info') as unknown,
        });
      });
    });
  });
});
