import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { collect } from './collect.js';

/**
 * `keyPrefix`: added to every key sent, removed from every key returned, applied to SCAN MATCH.
 *
 * @param context - the group's context.
 */
export function describeKeyPrefixContract(context: ContractContext): void {
  let prefixed: IRedisService;
  let unprefixed: IRedisService;
  let base: string;

  beforeAll(async () => {
    // `prefixed` writes under `${keyPrefix}app:`; the group's service (same run prefix) sees `app:…`, and
    // `unprefixed` sees the whole key.
    prefixed = await context.createService({ keyPrefix: `${context.keyPrefix}app:` });
    unprefixed = await context.createService({ keyPrefix: '' });
    base = context.key('prefix');
    await prefixed.mset({ [`${base}:a`]: 'A', [`${base}:b`]: 'B' });
    await prefixed.hset(`${base}:h`, { f: 'v' });
  });

  describe('.set', () => {
    it('should write the key with the prefix in front', async () => {
      expect(await unprefixed.get(`${context.keyPrefix}app:${base}:a`)).toBe('A');
    });

    it('should be visible under the extra part to a service with the shorter prefix', async () => {
      expect(await context.service().get(`app:${base}:b`)).toBe('B');
    });
  });

  describe('.get', () => {
    it('should not see keys outside its prefix', async () => {
      expect(await prefixed.get(`app:${base}:a`)).toBeNull();
    });
  });

  describe('.scan', () => {
    it('should apply the prefix to MATCH and yield keys without it', async () => {
      const keys = await collect(prefixed.scan({ match: `${base}:*` }));
      expect(keys.sort()).toEqual([`${base}:a`, `${base}:b`, `${base}:h`]);
    });

    it('should yield the prefixed keys to a service without prefix', async () => {
      const keys = await collect(
        unprefixed.scan({ match: `${context.keyPrefix}app:${base}:*`, type: 'string' }),
      );
      expect(keys.sort()).toEqual([`${context.keyPrefix}app:${base}:a`, `${context.keyPrefix}app:${base}:b`]);
    });
  });

  describe('.exists', () => {
    it('should count only keys under its own prefix', async () => {
      expect(await prefixed.exists([`${base}:a`, `app:${base}:a`])).toBe(1);
    });
  });

  describe('.blpop', () => {
    it('should resolve the key without the prefix', async () => {
      const key = context.key('prefix-list');
      await prefixed.rpush(key, 'x');
      expect(await prefixed.blpop(key, 1)).toEqual([key, 'x']);
    });
  });

  describe('.xread', () => {
    it('should resolve the stream key without the prefix', async () => {
      const key = context.key('prefix-stream');
      await prefixed.xadd(key, { f: 'v' }, { id: '1-0' });
      expect((await prefixed.xread([{ key, id: '0' }])).map((read) => read.key)).toEqual([key]);
    });
  });

  describe('.transaction', () => {
    it('should watch and write the prefixed keys', async () => {
      const key = `${context.hashTag('prefix-tx')}:a`;
      await prefixed.transaction([key], (tx) => {
        tx.set(key, 'in-tx');
      });
      expect(await context.service().get(`app:${key}`)).toBe('in-tx');
    });
  });

  describe('.pipeline', () => {
    it('should write the prefixed keys', async () => {
      const key = context.key('prefix-pipeline');
      await prefixed.pipeline().set(key, 'piped').exec();
      expect(await context.service().get(`app:${key}`)).toBe('piped');
    });
  });
}
