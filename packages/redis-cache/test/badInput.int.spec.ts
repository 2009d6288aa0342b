import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import { RedisCache, RedisCacheError, type RedisCacheOptions } from '@org/redis-cache';
import { countCacheKeys, createService, modes, sharedConfig, storedKey, uniqueName } from './cacheSetup.js';

/** The code of what `call` threw (or resolved with). */
async function codeOf(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
    return 'resolved';
  } catch (error) {
    return RedisCacheError.is(error) ? error.code : error;
  }
}

const circular: Record<string, unknown> = {};
circular['self'] = circular;

describe.each(modes)('[%s] RedisCache bad input', (mode) => {
  let redis: IRedisService;
  let cache: RedisCache;

  beforeAll(async () => {
    redis = createService(sharedConfig(mode));
    await redis.connect();
    cache = new RedisCache(redis, { name: uniqueName('bad') });
  });

  afterAll(async () => {
    await cache.close();
    await redis.quit();
  });

  /** How many Redis keys the cache holds (nothing may be written by a refused call). */
  function keysWritten(): Promise<number> {
    return countCacheKeys(redis, cache.name);
  }

  describe.each([
    ['an empty key', ''],
    ['a number', 42],
    ['null', null],
    ['a key of 1025 characters', 'k'.repeat(1025)],
    ['a key with a newline', 'a\nb'],
    ['a key with NUL', 'a\u0000b'],
  ])('having %s as key', (_label, key) => {
    it('should refuse set, get, getOrSet and delete with INVALID_KEY and write nothing', async () => {
      const bad = key as string;
      const codes = [
        await codeOf(() => cache.set(bad, 1)),
        await codeOf(() => cache.get(bad)),
        await codeOf(() => cache.getOrSet(bad, () => 1)),
        await codeOf(() => cache.delete(bad)),
        await codeOf(() => cache.getMany(['ok', bad])),
      ];
      expect({ codes, written: await keysWritten() }).toEqual({
        codes: Array(5).fill('INVALID_KEY'),
        written: 0,
      });
    });
  });

  describe.each([
    ['ttlMs 0', { ttlMs: 0 }, 'INVALID_ENTRY_OPTIONS'],
    ['ttlMs -1', { ttlMs: -1 }, 'INVALID_ENTRY_OPTIONS'],
    ['ttlMs 1.5', { ttlMs: 1.5 }, 'INVALID_ENTRY_OPTIONS'],
    ['ttlMs NaN', { ttlMs: Number.NaN }, 'INVALID_ENTRY_OPTIONS'],
    ['ttlMs 2^31', { ttlMs: 2 ** 31 }, 'INVALID_ENTRY_OPTIONS'],
    ['ttlMs as text', { ttlMs: '60s' }, 'INVALID_ENTRY_OPTIONS'],
    ['graceMs -5', { graceMs: -5 }, 'INVALID_ENTRY_OPTIONS'],
    ['a misspelt option', { ttl: 1000 }, 'INVALID_ENTRY_OPTIONS'],
    ['softTimeoutMs past hardTimeoutMs', { softTimeoutMs: 100, hardTimeoutMs: 50 }, 'INVALID_ENTRY_OPTIONS'],
    ['tags not an array', { tags: 'shop' }, 'INVALID_KEY'],
    ['an empty tag', { tags: [''] }, 'INVALID_KEY'],
    ['forceFresh as text', { forceFresh: 'yes' }, 'INVALID_ENTRY_OPTIONS'],
  ])('having %s', (_label, options, code) => {
    it(`should refuse set and getOrSet with ${code} and write nothing`, async () => {
      let ran = false;
      const bad = options as never;
      const codes = [
        await codeOf(() => cache.set('k', 1, bad)),
        await codeOf(() => cache.getOrSet('k', () => (ran = true), bad)),
      ];
      expect({ codes, ran, written: await keysWritten() }).toEqual({
        codes: [code, code],
        ran: false,
        written: 0,
      });
    });
  });

  describe.each([
    ['undefined', undefined],
    ['a BigInt', { amount: 10n }],
    ['a function', { run: () => 1 }],
    ['a symbol', { s: Symbol('x') }],
    ['a cycle', circular],
    ['a Map', new Map([['a', 1]])],
    ['a Set inside an object', { tags: new Set(['a']) }],
    ['a typed array', { bytes: new Uint8Array([1]) }],
  ])('having %s as value', (_label, value) => {
    it('should refuse set and getOrSet with UNSERIALIZABLE_VALUE and write nothing', async () => {
      const codes = [
        await codeOf(() => cache.set('v', value)),
        await codeOf(() => cache.getOrSet('v', () => value)),
      ];
      expect({ codes, written: await keysWritten() }).toEqual({
        codes: ['UNSERIALIZABLE_VALUE', 'UNSERIALIZABLE_VALUE'],
        written: 0,
      });
    });
  });

  describe('having a getOrSet without a factory', () => {
    it('should refuse it with INVALID_ENTRY_OPTIONS', async () => {
      expect(await codeOf(() => cache.getOrSet('k', 'value' as never))).toBe('INVALID_ENTRY_OPTIONS');
    });
  });

  describe('having a key written by another program', () => {
    it('should refuse get with UNDECODABLE_VALUE and let getOrSet overwrite it', async () => {
      await cache.set('foreign', 'ours first');
      const stored = await storedKey(redis, cache.name, 'foreign');
      if (stored === undefined) throw new Error('the value was not stored');
      await redis.set(stored, 'plain text');
      // Another instance, whose L1 does not hold what this one wrote.
      const cold = new RedisCache(redis, { name: cache.name });
      const code = await codeOf(() => cold.get('foreign'));
      const value = await cold.getOrSet('foreign', () => 'ours');
      await cold.delete('foreign');
      await cold.close();
      expect({ code, value }).toEqual({ code: 'UNDECODABLE_VALUE', value: 'ours' });
    });
  });

  describe.each([
    ['no name', {}],
    ['a name with a colon', { name: 'a:b' }],
    ['a name with a glob character', { name: 'a*' }],
    ['ttlMs 0', { name: 'ok', ttlMs: 0 }],
    ['l1.maxEntries 0', { name: 'ok', l1: { maxEntries: 0 } }],
    ['bus.heartbeatMs 1', { name: 'ok', bus: { heartbeatMs: 1 } }],
    ['a serializer without deserialize', { name: 'ok', serializer: { serialize: String } }],
    ['breaker as a number', { name: 'ok', breaker: 3 }],
  ])('having %s as cache options', (_label, options) => {
    it('should refuse the constructor with INVALID_OPTIONS', async () => {
      expect(
        await codeOf(() => Promise.resolve().then(() => new RedisCache(redis, options as RedisCacheOptions))),
      ).toBe('INVALID_OPTIONS');
    });
  });

  describe.each([['a.b'], [''], ['a:b'], ['x'.repeat(65)]])('having %j as namespace name', (name) => {
    it('should refuse it with INVALID_OPTIONS', async () => {
      expect(await codeOf(() => Promise.resolve().then(() => cache.namespace(name)))).toBe('INVALID_OPTIONS');
    });
  });
});
