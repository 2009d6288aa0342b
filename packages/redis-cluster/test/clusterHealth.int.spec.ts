import { validateRedisConfig, type RedisClusterConfig, type RedisHealth } from '@org/redis-interface';
import { RedisClusterService } from '@org/redis-cluster';
import { startCluster, type RedisClusterTopology } from '@org/redis-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** What a sample says, in one line: status, node count, the victim's status, slots ok. */
function summary(health: RedisHealth, victim: string): string {
  const node = health.nodes.find((candidate) => candidate.address === victim);
  return `${health.status} nodes=${health.nodes.length} victim=${node?.status ?? 'missing'}`;
}

describe(RedisClusterService, () => {
  describe('.health', () => {
    describe('having a master killed, then failed over and restarted', () => {
      let cluster: RedisClusterTopology;
      let service: RedisClusterService;
      let victim: string;
      const whileDead: string[] = [];
      const slotsOkWhileDead: number[] = [];
      let afterRestart = '';

      beforeAll(async () => {
        cluster = await startCluster({ masters: 3, replicasPerMaster: 1 });
        const config = validateRedisConfig({
          mode: 'cluster',
          nodes: cluster.startupNodes,
          commandTimeoutMs: 1_000,
        });
        service = new RedisClusterService(config as RedisClusterConfig);
        await service.connect();
        victim = (await cluster.masters())[0]!.id;
        await cluster.killNode(victim);
        // Immediately and for ~3 s (failover happens in there), at most 30 samples.
        const started = Date.now();
        for (let sample = 0; sample < 30 && Date.now() - started < 3_000; sample += 1) {
          const health = await service.health();
          whileDead.push(summary(health, victim));
          slotsOkWhileDead.push(health.cluster?.slotsOk ?? -1);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        console.log(
          `[health while dead] ${[...new Set(whileDead)].join(' | ')}; slotsOk ${[...new Set(slotsOkWhileDead)].join(', ')}`,
        );
        await cluster.waitForFailover();
        await cluster.restartNode(victim);
        // The restarted node rejoins as a replica; give the check up to 10 s to see it answer.
        for (let attempt = 0; attempt < 50; attempt += 1) {
          afterRestart = summary(await service.health(), victim);
          if (afterRestart.startsWith('up ')) break;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }, 90_000);
      afterAll(async () => {
        await service.disconnect();
        await cluster.stop();
      });

      it('should list all 6 nodes, the dead master as down, and never say up while it is dead', () => {
        expect(new Set(whileDead)).toSatisfy((seen: Set<string>) =>
          [...seen].every((line) => /^(degraded|down) nodes=6 victim=down$/.test(line)),
        );
      });

      it("should leave the dead master's slots out of slotsOk right after the kill (before any failover)", () => {
        expect(slotsOkWhileDead[0]).toBeLessThan(16_384);
      });

      it('should say up again with 6 nodes once the old master is back', () => {
        expect(afterRestart).toBe('up nodes=6 victim=up');
      });
    });
  });
});
