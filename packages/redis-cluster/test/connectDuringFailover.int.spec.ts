import { validateRedisConfig, type RedisClusterConfig } from '@org/redis-interface';
import { RedisClusterService } from '@org/redis-cluster';
import { startCluster, type RedisClusterTopology } from '@org/redis-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForClusterState } from './clusterState.js';

/** How late after the failover completed connect() may resolve: the target is well under it. */
const marginMs = 1_000;

function serviceFor(cluster: RedisClusterTopology, connectTimeoutMs: number): RedisClusterService {
  return new RedisClusterService(
    validateRedisConfig({
      mode: 'cluster',
      nodes: cluster.startupNodes,
      connectTimeoutMs,
    }) as RedisClusterConfig,
  );
}

/** Kill the first master and wait until a live node sees the cluster fail; returns `Date.now()` at the kill. */
async function failFirstMaster(cluster: RedisClusterTopology): Promise<number> {
  const [master, other] = await cluster.masters();
  const killedAt = Date.now();
  await cluster.killNode(master!.id);
  await waitForClusterState(other!, 'fail', 10_000);
  return killedAt;
}

describe(RedisClusterService, () => {
  describe('.connect', () => {
    describe('having a master killed and its failover in progress', () => {
      let cluster: RedisClusterTopology;
      let service: RedisClusterService;
      let lateMs: number;

      beforeAll(async () => {
        cluster = await startCluster();
        const killedAt = await failFirstMaster(cluster);
        service = serviceFor(cluster, 10_000);
        const connected = service.connect().then(() => Date.now());
        const failover = await cluster.waitForFailover();
        lateMs = (await connected) - (killedAt + failover.elapsedMs);
      }, 60_000);
      afterAll(async () => {
        await service.disconnect();
        await cluster.stop();
      });

      it(`should connect within ${marginMs} ms of the cluster being ok again`, () => {
        expect(lateMs).toBeLessThan(marginMs);
      });

      it('should then serve commands', async () => {
        await service.set('after-failover', '1');
        expect(await service.get('after-failover')).toBe('1');
      });
    });

    describe('having a master killed that no replica replaces', () => {
      let cluster: RedisClusterTopology;

      beforeAll(async () => {
        cluster = await startCluster({ replicasPerMaster: 0 });
        await failFirstMaster(cluster);
      }, 60_000);
      afterAll(async () => {
        await cluster.stop();
      });

      it('should fail with CLUSTER_DOWN once connectTimeoutMs has passed, saying a failover may be in progress', async () => {
        const service = serviceFor(cluster, 1_500);
        const error: unknown = await service.connect().catch((caught: unknown) => caught);
        await service.disconnect();
        expect(error).toMatchObject({
          code: 'CLUSTER_DOWN',
          message: expect.stringContaining('failover') as unknown,
        });
      });
    });
  });
});
