import { RedisError, validateRedisConfig, type RedisClusterConfig } from '@org/redis-interface';
import { RedisClusterService } from '@org/redis-cluster';
import { startCluster, type FailoverResult, type RedisClusterTopology } from '@org/redis-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const keys = Array.from({ length: 300 }, (_, index) => `walk:${index}`);

/** What a `scanPage` call did: `resolved`, or the RedisError's code. */
async function outcomeOf(page: Promise<unknown>): Promise<string> {
  try {
    await page;
    return 'resolved';
  } catch (error) {
    return RedisError.is(error) ? error.code : `untyped: ${String(error)}`;
  }
}

/** Every key of `node` from cursor '0' on. */
async function walkNode(service: RedisClusterService, node: string): Promise<string[]> {
  const found: string[] = [];
  let cursor = '0';
  do {
    const page = await service.scanPage(node, cursor, { match: 'walk:*' });
    found.push(...page.keys);
    cursor = page.cursor;
  } while (cursor !== '0');
  return found;
}

describe(RedisClusterService, () => {
  describe('.scanPage', () => {
    describe('having the master of a walk killed and replaced by its replica', () => {
      let cluster: RedisClusterTopology;
      let service: RedisClusterService;
      let failover: FailoverResult;
      let victim: string;
      /** The outcomes of scanPage on the old address, until it was NODE_UNKNOWN or time ran out. */
      const outcomes: string[] = [];

      beforeAll(async () => {
        cluster = await startCluster();
        service = new RedisClusterService(
          validateRedisConfig({
            mode: 'cluster',
            nodes: cluster.startupNodes,
            commandTimeoutMs: 1_000,
          }) as RedisClusterConfig,
        );
        await service.connect();
        await service.mset(Object.fromEntries(keys.map((key) => [key, 'v'])));
        const [first] = await service.scanNodes();
        victim = first ?? '';
        // The writes on the victim reach its replica before the kill, so the new master has them.
        await Promise.all(keys.map((key) => service.wait(key, 1, 2_000)));
        const saved = (await service.scanPage(victim, '0', { match: 'walk:*', count: 10 })).cursor;
        await cluster.killNode(victim);
        failover = await cluster.waitForFailover();
        // The client learns the new slot table on its own (a failed command, the periodic refresh).
        const until = Date.now() + 20_000;
        while (outcomes.at(-1) !== 'NODE_UNKNOWN' && Date.now() < until) {
          outcomes.push(await outcomeOf(service.scanPage(victim, saved, { match: 'walk:*' })));
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }, 90_000);

      afterAll(async () => {
        await service.disconnect();
        await cluster.stop();
      }, 30_000);

      it('should reject the old address with NODE_UNKNOWN, typed errors only before', () => {
        expect([outcomes.at(-1), outcomes.filter((outcome) => outcome.startsWith('untyped'))]).toEqual([
          'NODE_UNKNOWN',
          [],
        ]);
      });

      it('should list the promoted replica instead of the old master in scanNodes()', async () => {
        const nodes = await service.scanNodes();
        expect([nodes.includes(failover.promoted.id), nodes.includes(victim)]).toEqual([true, false]);
      });

      it('should find every key again when each master is walked from 0', async () => {
        const nodes = await service.scanNodes();
        const found = (await Promise.all(nodes.map((node) => walkNode(service, node)))).flat();
        expect(new Set(found)).toEqual(new Set(keys));
      });
    });
  });
});
