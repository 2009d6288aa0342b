// close() while start() is still subscribing: nothing may stay subscribed or beating.
import { describe, expect, it } from 'vitest';
import { RedisCache } from '@org/redis-cache';
import { createService, sharedConfig, sleep, uniqueName } from './cacheSetup.js';

describe('RedisCache.close during start', () => {
  it('should leave no subscriber on the bus, even after a heartbeat interval', async () => {
    const redis = createService(sharedConfig('standalone'));
    await redis.connect();
    const name = uniqueName('closing');
    const cache = new RedisCache(redis, { name });
    const starting = cache.start();
    await cache.close();
    await starting.catch(() => undefined);
    await sleep(600);
    const numsub = await redis.call('PUBSUB', 'NUMSUB', `cache:${name}:bus`);
    await redis.quit();
    expect(numsub).toStrictEqual([`cache:${name}:bus`, 0]);
  });
});
