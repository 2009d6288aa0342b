import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import { startCluster, startStandalone, type RedisTopology } from '@org/redis-testkit';
import { RedisCache, RedisCacheError } from '@org/redis-cache';
import {
  CacheEventLog,
  createService,
  modes,
  sleep,
  storedKey,
  topologyConfig,
  uniqueName,
} from './cacheSetup.js';

const OPEN_MS = 500;

describe.each(modes)('[%s] RedisCache with Redis killed mid-test', (mode) => {
  let topology: RedisTopology | undefined;
  let redis: IRedisService | undefined;
  let cache: RedisCache | undefined;
  let log: CacheEventLog | undefined;

  beforeAll(async () => {
    const started = mode === 'cluster' ? await startCluster() : await startStandalone();
    topology = started;
    redis = createService(topologyConfig(started, { commandTimeoutMs: 300, connectTimeoutMs: 1_000 }));
    await redis.connect();
    const name = uniqueName('down');
    log = new CacheEventLog(name);
    cache = new RedisCache(redis, {
      name,
      ttlMs: 600_000,
      breaker: { failureThreshold: 3, openMs: OPEN_MS },
    });
    await cache.set('warm', 'in L1');
  }, 120_000);

  afterAll(async () => {
    log?.close();
    await cache?.close();
    await redis?.quit().catch(() => undefined);
    await topology?.stop();
  }, 60_000);

  it('should keep answering from L1 and the factory, count every degraded answer, and open the breaker', async ({
    skip,
  }) => {
    if (topology === undefined || cache === undefined || log === undefined)
      throw new Error('the setup did not finish');
    if (topology.backend !== 'local') skip(`the ${topology.backend} backend cannot kill servers`);
    const [service, events] = [cache, log];
    for (const node of topology.nodes) await topology.killNode(node.id);
    const started = performance.now();
    const warm = await service.get('warm');
    const computed = await service.getOrSet('cold', () => 'from the factory');
    await service.set('written', 'kept in L1');
    const written = await service.get('written');
    const many = await service.getMany(['warm', 'missing']);
    const whileOpen = performance.now();
    const quick = await service.getOrSet('cold-2', () => 'factory again');
    const openAnswerMs = performance.now() - whileOpen;
    const thrown: unknown = await service
      .get('missing', { throwOnL2Error: true })
      .catch((error: unknown) => error);
    expect({
      warm,
      computed,
      written,
      many,
      quick,
      openAnswerFast: openAnswerMs < 50,
      allWithinTimeouts: performance.now() - started < 5_000,
      thrown: RedisCacheError.is(thrown) ? thrown.code : thrown,
      degraded: events.count('degraded') >= 4,
      breakerOpened: events.count('breaker', { state: 'open' }) >= 1,
    }).toEqual({
      warm: 'in L1',
      computed: 'from the factory',
      written: 'kept in L1',
      many: ['in L1', undefined],
      quick: 'factory again',
      openAnswerFast: true,
      allWithinTimeouts: true,
      thrown: 'L2_UNAVAILABLE',
      degraded: true,
      breakerOpened: true,
    });
  }, 60_000);

  it('should refuse a delete it could not make in Redis, after dropping L1', async () => {
    if (cache === undefined) throw new Error('the setup did not finish');
    const error: unknown = await cache.delete('warm').catch((caught: unknown) => caught);
    expect({ code: RedisCacheError.is(error) ? error.code : error, l1: await cache.get('warm') }).toEqual({
      code: 'L2_UNAVAILABLE',
      l1: undefined,
    });
  });

  it('should use Redis again once it is back and the breaker let a trial through', async ({ skip }) => {
    if (topology === undefined || cache === undefined || redis === undefined)
      throw new Error('the setup did not finish');
    if (topology.backend !== 'local') skip(`the ${topology.backend} backend cannot restart servers`);
    if (topology.kind === 'cluster')
      skip('a whole cluster restarted takes long to converge: standalone covers the recovery');
    for (const node of topology.nodes) await topology.restartNode(node.id);
    const [service, direct] = [cache, redis];
    await sleep(OPEN_MS + 100);
    let stored = 0;
    for (let attempt = 0; attempt < 40 && stored === 0; attempt += 1) {
      await service.set('after', 'back in Redis');
      stored = (await storedKey(direct, service.name, 'after').catch(() => undefined)) === undefined ? 0 : 1;
      if (stored === 0) await sleep(OPEN_MS / 2);
    }
    expect({ stored, state: log?.count('breaker', { state: 'closed' }) !== 0 }).toEqual({
      stored: 1,
      state: true,
    });
  }, 60_000);
});
