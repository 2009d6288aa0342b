import { setTimeout as sleep } from 'node:timers/promises';
import { validateRedisConfig, type RedisClusterConfig } from '@org/redis-interface';
import { RedisClusterService } from '@org/redis-cluster';
import { keySlot } from '@org/redis-core';
import { startCluster, type RedisClusterTopology } from '@org/redis-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForClusterState } from './clusterState.js';

/** The target is 300 ms after the cluster is ok; the bound leaves margin for a loaded 2-core box. */
const boundMs = 600;

/** `performance.now()` of the first successful GET of `key`, trying for `limitMs`. */
async function firstGet(service: RedisClusterService, key: string, limitMs: number): Promise<number> {
  const giveUp = performance.now() + limitMs;
  for (let attempt = 0; attempt < 5_000 && performance.now() < giveUp; attempt += 1) {
    try {
      await service.get(key);
      return performance.now();
    } catch {
      await sleep(5);
    }
  }
  throw new Error(`no GET of ${key} succeeded within ${limitMs} ms`);
}

describe(RedisClusterService, () => {
  describe('having a master without replica down for 1.5 s and restarted', () => {
    let cluster: RedisClusterTopology;
    let service: RedisClusterService;
    let gapMs: number;

    beforeAll(async () => {
      cluster = await startCluster({ replicasPerMaster: 0 });
      service = new RedisClusterService(
        validateRedisConfig({
          mode: 'cluster',
          nodes: cluster.startupNodes,
          commandTimeoutMs: 1_000,
        }) as RedisClusterConfig,
      );
      await service.connect();
      const [master, other] = await cluster.masters();
      // A key the killed master serves: its commands fail until the master is back.
      const key = Array.from({ length: 1_000 }, (_, index) => `gap:${index}`).find(
        (candidate) => service.nativeClient().slots[keySlot(candidate, '')]?.[0] === master!.id,
      )!;
      await cluster.killNode(master!.id);
      await waitForClusterState(other!, 'fail', 10_000);
      const failing = firstGet(service, key, 15_000);
      await sleep(1_500);
      const restarted = cluster.restartNode(master!.id);
      // The cluster, not the client, decides when the slots are served again: from cluster_state:ok.
      const answered = await waitForClusterState(master!, 'ok', 15_000);
      gapMs = (await failing) - answered;
      await restarted;
    }, 60_000);
    afterAll(async () => {
      await service.quit();
      await cluster.stop();
    });

    it(`should serve its keys within ${boundMs} ms of the cluster being ok again`, () => {
      expect(gapMs).toBeLessThan(boundMs);
    });
  });
});
