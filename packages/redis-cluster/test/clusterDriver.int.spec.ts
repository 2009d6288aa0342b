import { randomUUID } from 'node:crypto';
import {
  RedisError,
  validateRedisConfig,
  type RedisConfigInput,
  type RedisClusterConfig,
} from '@org/redis-interface';
import { RedisClusterService } from '@org/redis-cluster';
import { redisTestServers, startCluster, type RedisClusterTopology } from '@org/redis-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

function configFor(input: Record<string, unknown>): RedisClusterConfig {
  return validateRedisConfig({ mode: 'cluster', ...input } as RedisConfigInput) as RedisClusterConfig;
}

describe(RedisClusterService, () => {
  describe('.connect', () => {
    describe('having a standalone server as the seed', () => {
      it('should fail with MODE_MISMATCH', async () => {
        const { host, port } = redisTestServers().standalone;
        const service = new RedisClusterService(configFor({ nodes: [{ host, port }] }));
        await expect(service.connect()).rejects.toMatchObject({ code: 'MODE_MISMATCH' });
      });
    });
  });

  describe('having the shared cluster', () => {
    let service: RedisClusterService;
    const prefix = `cluster-driver:${randomUUID()}:`;

    beforeAll(async () => {
      service = new RedisClusterService(
        configFor({ nodes: redisTestServers().cluster.startupNodes, keyPrefix: prefix }),
      );
      await service.connect();
    });
    afterAll(async () => {
      await service.quit();
    });

    it('should spread 100 keys over all three masters and read them back in order', async () => {
      const keys = Array.from({ length: 100 }, (_, index) => `spread:${index}`);
      await service.mset(Object.fromEntries(keys.map((key, index) => [key, String(index)])));
      expect(await service.mget(keys)).toStrictEqual(keys.map((_, index) => String(index)));
    });

    it('should reject rename across slots with CROSS_SLOT before sending', async () => {
      await expect(service.rename('a', 'b')).rejects.toSatisfy((error) => RedisError.is(error, 'CROSS_SLOT'));
    });

    it('should report up with 3 masters, 3 replicas and every slot ok', async () => {
      const health = await service.health();
      expect([
        health.status,
        health.cluster?.masters,
        health.cluster?.replicas,
        health.cluster?.slotsOk,
      ]).toStrictEqual(['up', 3, 3, 16_384]);
    });

    it('should answer a GET while a BLPOP blocks on a dedicated connection', async () => {
      const blocked = service.blpop('{q}:empty', 1);
      expect(await service.get('{q}:other')).toBeNull();
      expect(await blocked).toBeNull();
    });
  });
});

describe('RedisClusterService faults and TLS', () => {
  describe('having a master down and its slots uncovered', () => {
    let cluster: RedisClusterTopology;
    let service: RedisClusterService;

    beforeAll(async () => {
      cluster = await startCluster({ masters: 3, replicasPerMaster: 0 });
      service = new RedisClusterService(configFor({ nodes: cluster.startupNodes, commandTimeoutMs: 500 }));
      await service.connect();
      const [master] = await cluster.masters();
      await cluster.killNode(master!.id);
    });
    afterAll(async () => {
      await service.disconnect();
      await cluster.stop();
    });

    it('should settle every command with a typed error instead of waiting forever', async () => {
      const keys = Array.from({ length: 30 }, (_, index) => `down:${index}`);
      const outcomes = await Promise.allSettled(keys.map((key) => service.set(key, 'v')));
      const reasons = outcomes.flatMap((outcome) =>
        outcome.status === 'rejected' ? [String(outcome.reason)] : [],
      );
      console.log(`[cluster down] ${reasons.length} rejected: ${[...new Set(reasons)].join(' | ')}`);
      // Which typed error depends on timing (refused socket, CLUSTERDOWN, or our deadline); none may be raw or missing.
      expect(
        outcomes.filter((outcome) => outcome.status === 'rejected' && !RedisError.is(outcome.reason)),
      ).toStrictEqual([]);
    }, 15_000);
  });

  describe('having a TLS cluster', () => {
    it('should route commands over TLS to every master', async () => {
      const cluster = await startCluster({ tls: true, replicasPerMaster: 0 });
      const service = new RedisClusterService(
        configFor({ nodes: cluster.startupNodes, tls: { ca: cluster.tls!.ca, servername: 'localhost' } }),
      );
      try {
        await service.connect();
        const keys = Array.from({ length: 30 }, (_, index) => `tls:${index}`);
        await service.mset(Object.fromEntries(keys.map((key) => [key, key])));
        expect(await service.mget(keys)).toStrictEqual(keys);
      } finally {
        await service.quit();
        await cluster.stop();
      }
    });
  });
});
