import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { RedisError, validateRedisConfig, type RedisClusterConfig } from '@org/redis-interface';
import { startCluster, type RedisClusterTopology } from '@org/redis-testkit';
import { RedisClusterService } from '@org/redis-cluster';

// The subscriber connection is opened on the first subscribe. When that happens while the cluster is
// down, the failure must not be kept: once the cluster is back, the next subscribe must work.
describe(RedisClusterService, () => {
  describe('.subscribe', () => {
    describe('having the first subscribe while every node is down', () => {
      let cluster: RedisClusterTopology;
      let service: RedisClusterService;
      let firstCode: string | undefined;
      const received: string[] = [];

      beforeAll(async () => {
        cluster = await startCluster({ masters: 3, replicasPerMaster: 0 });
        const config = validateRedisConfig({
          mode: 'cluster',
          nodes: cluster.startupNodes.map(({ host, port }) => ({ host, port })),
          commandTimeoutMs: 1_000,
          connectTimeoutMs: 1_000,
        }) as RedisClusterConfig;
        service = new RedisClusterService(config);
        await service.connect();
        const nodes = cluster.nodes.map((node) => node.id);
        for (const id of nodes) await cluster.killNode(id);
        firstCode = await service
          .subscribe('recovery', () => undefined)
          .then(
            () => undefined,
            (error: unknown) => (RedisError.is(error) ? error.code : String(error)),
          );
        // Past the failed opening's own connect timeout, so that it has given up.
        await sleep(1_200);
        await Promise.all(nodes.map((id) => cluster.restartNode(id)));
        await cluster.waitForClusterOk();
        await service.subscribe('recovery', (message) => void received.push(message));
        for (let attempt = 0; attempt < 100 && received.length === 0; attempt += 1) {
          await service.publish('recovery', 'back').catch(() => undefined);
          await sleep(50);
        }
      }, 60_000);

      afterAll(async () => {
        await service.disconnect();
        await cluster.stop();
      });

      it('should reject the first subscribe with a coded error', () => {
        expect(['CONNECTION_FAILED', 'COMMAND_TIMEOUT', 'CLUSTER_DOWN']).toContain(firstCode);
      });

      it('should subscribe once the cluster is back', () => {
        expect(received[0]).toBe('back');
      });
    });
  });
});
