import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { redisServiceIdentifier, type IRedisService } from '@org/redis-interface';
import { RedisContainerModule, RedisFactoryService } from '@org/redis-factory';
import { redisTestServers } from '@org/redis-testkit';
import { Container } from 'inversify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('a migrating client from REDIS_MODE=migrating', () => {
  const prefix = `factory-migrating:${randomBytes(4).toString('hex')}:`;
  let module: RedisContainerModule;
  let redis: IRedisService;
  let source: IRedisService;
  let target: IRedisService;

  beforeAll(async () => {
    const servers = redisTestServers();
    const nodes = servers.cluster.startupNodes.map((node) => `${node.host}:${node.port}`).join(',');
    module = RedisContainerModule.fromEnv({
      REDIS_MODE: 'migrating',
      SOURCE_REDIS_URL: servers.standalone.url,
      SOURCE_REDIS_KEY_PREFIX: prefix,
      TARGET_REDIS_MODE: 'cluster',
      TARGET_REDIS_CLUSTER_NODES: nodes,
      TARGET_REDIS_KEY_PREFIX: prefix,
    });
    const container = new Container();
    container.load(module);
    redis = await container.getAsync<IRedisService>(redisServiceIdentifier);
    const factory = new RedisFactoryService();
    source = await factory.connect(
      factory.create({ mode: 'standalone', url: servers.standalone.url, keyPrefix: prefix }),
      5000,
    );
    target = await factory.connect(
      factory.create({
        mode: 'cluster',
        nodes: servers.cluster.startupNodes.map(({ host, port }) => ({ host, port })),
        keyPrefix: prefix,
      }),
      5000,
    );
  });
  afterAll(async () => {
    await module.shutdown();
    await Promise.all([source.quit(), target.quit()]);
  });

  it('should write both deployments and report the phase and both sides in health', async () => {
    await redis.set('k', 'v');
    expect([await source.get('k'), await target.get('k')]).toStrictEqual(['v', 'v']);
    const health = await module.health();
    expect(health.clients['default']?.migration).toMatchObject({
      phase: 'dual-write',
      revision: 0,
      source: { mode: 'standalone', status: 'up' },
      target: { mode: 'cluster', status: 'up' },
    });
  });

  it('should name the sides after the client, so their metrics come apart', async () => {
    const names = String(await source.call('CLIENT', 'LIST'));
    expect(names).toContain('name=default:source');
    expect(inspect(module.clients)).toContain("mode: 'migrating'");
  });
});
