import { RedisFactoryService } from '@org/redis-factory';
import { startCluster, type RedisClusterTopology } from '@org/redis-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe(RedisFactoryService, () => {
  describe('.connect', () => {
    describe('having a cluster that never reports cluster_state:ok to the user', () => {
      let cluster: RedisClusterTopology;

      beforeAll(async () => {
        // Without CLUSTER INFO the client's ready check fails as it does during a failover.
        cluster = await startCluster({
          users: [
            { name: 'slots', password: 'slots-secret', rules: ['+get', '~app:*', '+cluster|slots', '+info'] },
          ],
        });
      }, 60_000);
      afterAll(async () => {
        await cluster.stop();
      });

      it("should fail with the driver's CLUSTER_DOWN, not its own timeout", async () => {
        const factory = new RedisFactoryService();
        const service = factory.create({
          mode: 'cluster',
          nodes: cluster.startupNodes,
          username: 'slots',
          password: 'slots-secret',
          connectTimeoutMs: 1_000,
        });
        await expect(factory.connect(service, 1_000)).rejects.toMatchObject({ code: 'CLUSTER_DOWN' });
      });
    });
  });
});
