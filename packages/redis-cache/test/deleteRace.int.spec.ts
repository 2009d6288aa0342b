// A delete is announced on the bus only once Redis no longer has the keys: a peer that read the old value
// while the UNLINK was on its way must not keep it.
import { describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import { RedisCache } from '@org/redis-cache';
import { createService, modes, sharedConfig, sleep, uniqueName } from './cacheSetup.js';

/** The service, its `method` delayed by `ms` (a slow link to the master that holds the key). */
function delayed(redis: IRedisService, method: string, ms: number): IRedisService {
  return new Proxy(redis, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      const bound = (value as (...args: unknown[]) => unknown).bind(target);
      return property === method ? async (...args: unknown[]) => (await sleep(ms), bound(...args)) : bound;
    },
  });
}

describe.each(modes)('[%s] RedisCache delete on a slow link to Redis', (mode) => {
  it.each(['delete', 'deleteByTag', 'clear'] as const)(
    '%s: should leave no old value in a peer that read while the UNLINK was on its way',
    async (how) => {
      const name = uniqueName('race');
      const [redisA, redisB] = [createService(sharedConfig(mode)), createService(sharedConfig(mode))];
      await Promise.all([redisA.connect(), redisB.connect()]);
      const a = new RedisCache(delayed(redisA, 'unlink', 100), { name, ttlMs: 60_000 });
      const b = new RedisCache(redisB, { name, ttlMs: 60_000 });
      await Promise.all([a.start(), b.start()]);
      await a.set('k', 'old', { tags: ['t'] });
      await sleep(50);
      const deleting =
        how === 'delete' ? a.delete('k') : how === 'deleteByTag' ? a.deleteByTag('t') : a.clear();
      await sleep(30); // B got the bus message; A's UNLINK has not reached Redis yet
      await b.get('k'); // B reads Redis: the old value goes back into B's L1
      await deleting;
      await sleep(50);
      const afterOnB = await b.get('k');
      const onA = await a.get('k');
      await Promise.all([a.close(), b.close()]);
      await Promise.all([redisA.quit(), redisB.quit()]);
      expect({ onA, afterOnB }).toStrictEqual({ onA: undefined, afterOnB: undefined });
    },
  );
});
