import { setTimeout as sleep } from 'node:timers/promises';
import { RedisError, redisServiceIdentifier, type IRedisService } from '@org/redis-interface';
import { RedisContainerModule } from '@org/redis-factory';
import {
  startCluster,
  startStandalone,
  type RedisClusterTopology,
  type RedisStandaloneTopology,
} from '@org/redis-testkit';
import { Container } from 'inversify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

async function resolve(module: RedisContainerModule): Promise<IRedisService> {
  const container = new Container();
  container.load(module);
  return container.getAsync<IRedisService>(redisServiceIdentifier);
}

/** Send a SET every 20 ms until `stop()`; record how each one settled. */
function traffic(
  redis: IRedisService,
  key: (index: number) => string,
): { stop: () => Promise<PromiseSettledResult<unknown>[]> } {
  const outcomes: Promise<PromiseSettledResult<unknown>>[] = [];
  const state = { running: true };
  void (async () => {
    for (let index = 0; state.running; index += 1) {
      outcomes.push(
        redis.set(key(index), String(index)).then(
          (value) => ({ status: 'fulfilled', value }),
          (reason: unknown) => ({ status: 'rejected', reason }),
        ),
      );
      await sleep(20);
    }
  })();
  return {
    stop: async () => {
      state.running = false;
      return Promise.all(outcomes);
    },
  };
}

describe('recovery through the container', () => {
  describe('having the standalone server killed and restarted during a stream of commands', () => {
    let server: RedisStandaloneTopology;
    let module: RedisContainerModule;
    let outcomes: PromiseSettledResult<unknown>[];
    let redis: IRedisService;

    beforeAll(async () => {
      server = await startStandalone();
      module = RedisContainerModule.fromEnv({ REDIS_URL: server.url, REDIS_COMMAND_TIMEOUT_MS: '500' });
      redis = await resolve(module);
      const stream = traffic(redis, (index) => `restart:${index}`);
      await sleep(200);
      await server.killNode(server.nodes[0]!.id);
      await sleep(1_000);
      await server.restartNode(server.nodes[0]!.id);
      await sleep(1_000);
      outcomes = await stream.stop();
    });
    afterAll(async () => {
      await module.shutdown();
      await server.stop();
    });

    it('should settle every command, none hanging, failures typed', () => {
      const untyped = outcomes.filter(
        (outcome) => outcome.status === 'rejected' && !RedisError.is(outcome.reason),
      );
      expect([outcomes.length > 50, untyped]).toStrictEqual([true, []]);
    });

    it('should have failed some commands while the server was down', () => {
      expect(outcomes.some((outcome) => outcome.status === 'rejected')).toBe(true);
    });

    it('should serve the same service instance again after the restart', async () => {
      await redis.set('restart:after', 'ok');
      expect(await redis.get('restart:after')).toBe('ok');
    });
  });

  describe('having a cluster master killed under traffic', () => {
    let cluster: RedisClusterTopology;
    let module: RedisContainerModule;
    let redis: IRedisService;
    let recoveredInMs: number;

    beforeAll(async () => {
      cluster = await startCluster();
      const nodes = cluster.startupNodes.map((node) => `${node.host}:${node.port}`).join(',');
      module = RedisContainerModule.fromEnv({
        REDIS_MODE: 'cluster',
        REDIS_CLUSTER_NODES: nodes,
        REDIS_COMMAND_TIMEOUT_MS: '1000',
      });
      redis = await resolve(module);
      const keys = Array.from({ length: 60 }, (_, index) => `failover:${index}`);
      const [master] = await cluster.masters();
      const killedAt = Date.now();
      await cluster.killNode(master!.id);
      // Until every key (so every master's slots) takes a write again.
      for (;;) {
        const results = await Promise.allSettled(keys.map((key) => redis.set(key, 'v')));
        if (results.every((result) => result.status === 'fulfilled')) break;
        await sleep(100);
      }
      recoveredInMs = Date.now() - killedAt;
      console.log(
        `[redis-factory] writes to every slot succeeded again ${recoveredInMs} ms after the master was killed`,
      );
    }, 60_000);
    afterAll(async () => {
      await module.shutdown();
      await cluster.stop();
    });

    it('should serve every key again after the replica is promoted', async () => {
      const keys = Array.from({ length: 60 }, (_, index) => `failover:${index}`);
      expect(await redis.mget(keys)).toStrictEqual(keys.map(() => 'v'));
    });

    it('should report the cluster up or degraded, not down, after recovery', async () => {
      expect(['up', 'degraded']).toContain((await module.health()).status);
    });
  });
});
