import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import { redisTestServers } from '@org/redis-testkit';
import { RedisCache } from '@org/redis-cache';
import { createService, sharedConfig, uniqueName } from './cacheSetup.js';
import { keysPerMaster } from './redisCli.js';

function total(counts: Map<number, number>): number {
  return [...counts.values()].reduce((sum, count) => sum + count, 0);
}

describe('[cluster] RedisCache tags and clear on 3 masters', () => {
  let redis: IRedisService;
  let cache: RedisCache;
  let ports: number[];
  const name = uniqueName('clear');

  beforeAll(async () => {
    redis = createService(sharedConfig('cluster'));
    await redis.connect();
    cache = new RedisCache(redis, { name });
    ports = redisTestServers().cluster.startupNodes.map((node) => node.port);
  });

  afterAll(async () => {
    await cache.close();
    await redis.quit();
  });

  async function seed(): Promise<void> {
    const a = cache.namespace('a');
    const b = cache.namespace('b');
    for (let index = 0; index < 300; index += 1)
      await a.set(`item:${index}`, index, { tags: index % 2 === 0 ? ['even'] : ['odd'] });
    for (let index = 0; index < 100; index += 1) await b.set(`item:${index}`, index, { tags: ['even'] });
  }

  describe('.deleteByTag', () => {
    it("should delete the tag's values of its namespace from every master and leave the rest", async () => {
      await seed();
      const before = await keysPerMaster(ports, `cache:${name}:d:a:*`);
      const deleted = await cache.namespace('a').deleteByTag('even');
      const after = await keysPerMaster(ports, `cache:${name}:d:a:*`);
      const others = await keysPerMaster(ports, `cache:${name}:d:b:*`);
      expect({
        masters: before.size,
        everyMasterHadSome: [...before.values()].every((count) => count > 0),
        deleted,
        before: total(before),
        after: total(after),
        everyMasterLost: [...before].every(([port, count]) => (after.get(port) ?? 0) < count),
        evenGone: await cache.namespace('a').get('item:0'),
        oddKept: await cache.namespace('a').get('item:1'),
        otherNamespace: total(others),
      }).toEqual({
        masters: 3,
        everyMasterHadSome: true,
        deleted: 150,
        before: 300,
        after: 150,
        everyMasterLost: true,
        evenGone: undefined,
        oddKept: 1,
        otherNamespace: 100,
      });
    }, 60_000);
  });

  describe('.clear', () => {
    it('should empty its namespace on every master and leave other namespaces alone', async () => {
      await seed();
      const before = await keysPerMaster(ports, `cache:${name}:[dt]:a:*`);
      const deleted = await cache.namespace('a').clear();
      const after = await keysPerMaster(ports, `cache:${name}:[dt]:a:*`);
      const others = await keysPerMaster(ports, `cache:${name}:d:b:*`);
      expect({
        everyMasterHadSome: [...before.values()].every((count) => count > 0),
        deleted: deleted === total(before),
        after: total(after),
        otherNamespace: total(others),
        value: await cache.namespace('a').get('item:1'),
      }).toEqual({
        everyMasterHadSome: true,
        deleted: true,
        after: 0,
        otherNamespace: 100,
        value: undefined,
      });
    }, 60_000);

    it('should empty the whole cache from the root', async () => {
      await seed();
      await cache.clear();
      expect(total(await keysPerMaster(ports, `cache:${name}:*`))).toBe(0);
    }, 60_000);
  });
});
