import { randomUUID } from 'node:crypto';
import { redisServiceIdentifier, type IRedisService } from '@org/redis-interface';
import { RedisContainerModule } from '@org/redis-factory';
import { redisTestServers } from '@org/redis-testkit';
import { Container } from 'inversify';
import { describe, expect, it } from 'vitest';
import { RateLimiter } from './app/RateLimiter.js';
import { SessionStore } from './app/SessionStore.js';

/** The environment an operator would set for each mode. */
function envFor(mode: 'standalone' | 'cluster', prefix: string): Record<string, string> {
  const servers = redisTestServers();
  return mode === 'standalone'
    ? { REDIS_MODE: 'standalone', REDIS_URL: servers.standalone.url, REDIS_KEY_PREFIX: prefix }
    : {
        REDIS_MODE: 'cluster',
        REDIS_CLUSTER_NODES: servers.cluster.startupNodes
          .map((node) => `${node.host}:${node.port}`)
          .join(','),
        REDIS_KEY_PREFIX: prefix,
      };
}

/** Run the example app through the container and return everything it observed. */
async function runApp(mode: 'standalone' | 'cluster'): Promise<unknown[]> {
  const module = RedisContainerModule.fromEnv(envFor(mode, `switchover:${randomUUID()}:`));
  const container = new Container();
  container.load(module);
  const redis = await container.getAsync<IRedisService>(redisServiceIdentifier);
  try {
    const sessions = new SessionStore(redis);
    const limiter = new RateLimiter(redis, 3, 60);
    for (let index = 0; index < 5; index += 1) {
      await sessions.save(`s${index}`, { userId: 'u1', roles: index % 2 === 0 ? ['admin'] : [] }, 600);
    }
    const observed: unknown[] = [await sessions.load('s3'), await sessions.loadAll('u1')];
    observed.push(await Promise.all(Array.from({ length: 5 }, () => limiter.allow('u1'))));
    observed.push(await sessions.revokeAll('u1'), await sessions.load('s3'), redis.mode);
    return observed;
  } finally {
    await module.shutdown();
  }
}

describe('switchover: one application, REDIS_MODE=standalone then cluster', () => {
  it('should observe the same results in both modes (apart from the mode itself)', async () => {
    const standalone = await runApp('standalone');
    const cluster = await runApp('cluster');
    expect([...cluster.slice(0, -1), standalone.at(-1)]).toStrictEqual(standalone);
  });

  it('should really have run on a cluster the second time', async () => {
    expect((await runApp('cluster')).at(-1)).toBe('cluster');
  });
});
