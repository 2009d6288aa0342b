import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { crossSlotKeys } from './crossSlotKeys.js';
import { rawBytes } from './rawBytes.js';

/**
 * Keys given as Buffers: the same key as their UTF-8 text, the prefix put before their bytes, bytes
 * that are not UTF-8 kept, and in a cluster hashed on their bytes (split, CROSS_SLOT, hash tags).
 *
 * @param context - the group's context.
 */
export function describeBufferKeysContract(context: ContractContext): void {
  let unprefixed: IRedisService;
  /** A fresh key that is not valid UTF-8 (its readable part first). */
  const binaryKey = (name: string): Buffer => Buffer.concat([Buffer.from(context.key(name)), rawBytes]);

  beforeAll(async () => {
    unprefixed = await context.createService({ keyPrefix: '' });
  });

  describe('.set', () => {
    it('should write the same key as its text', async () => {
      const key = context.key('same');
      await context.service().set(Buffer.from(key), 'v');
      expect(await context.service().get(key)).toBe('v');
    });

    it('should write the prefixed key, bytes that are not UTF-8 kept', async () => {
      const key = binaryKey('prefixed');
      await context.service().set(key, 'v');
      expect(await unprefixed.exists(Buffer.concat([Buffer.from(context.keyPrefix), key]))).toBe(1);
    });
  });

  describe('.get', () => {
    it('should read a key that is not valid UTF-8', async () => {
      const key = binaryKey('get');
      await context.service().set(key, rawBytes);
      expect(await context.service().bytes.get(key)).toEqual(rawBytes);
    });
  });

  describe('.del', () => {
    it('should split Buffer keys by the slot of their bytes', async () => {
      const keys = Array.from({ length: 12 }, (_, index) => binaryKey(`del-${index}`));
      await Promise.all(keys.map((key) => context.service().set(key, 'v')));
      expect(await context.service().del(keys)).toBe(keys.length);
    });
  });

  describe('.mget', () => {
    it('should resolve Buffer keys across slots in the caller order', async () => {
      const [a, b] = crossSlotKeys(context, 'mget').map((key) => Buffer.concat([Buffer.from(key), rawBytes]));
      await context.service().set(a as Buffer, 'a');
      await context.service().set(b as Buffer, 'b');
      expect(await context.service().mget([b as Buffer, a as Buffer])).toEqual(['b', 'a']);
    });
  });

  describe('.rename', () => {
    it('should refuse Buffer keys in different slots with CROSS_SLOT in a cluster (also where the service refuses it in every mode: a migrating service facing a cluster)', async () => {
      const [a, b] = crossSlotKeys(context, 'rename').map((key) => Buffer.from(key));
      await context.service().set(a as Buffer, 'v');
      const renamed = context.service().rename(a as Buffer, b as Buffer);
      if (context.crossSlotRefused) await expect(renamed).rejects.toMatchObject({ code: 'CROSS_SLOT' });
      else expect(await renamed).toBe('OK');
    });

    it('should follow a hash tag in the bytes', async () => {
      const tag = context.hashTag('rename');
      const from = Buffer.concat([Buffer.from(`${tag}:a`), rawBytes]);
      const to = Buffer.concat([Buffer.from(`${tag}:b`), rawBytes]);
      await context.service().set(from, 'v');
      await context.service().rename(from, to);
      expect(await context.service().get(to)).toBe('v');
    });
  });

  describe('.runScript', () => {
    it('should run on the node of a Buffer key', async () => {
      const keys = Array.from({ length: 8 }, (_, index) => binaryKey(`script-${index}`));
      const script = context.service().defineScript({
        name: context.key('script-buffer-key'),
        lua: "return redis.call('SET', KEYS[1], ARGV[1])",
        keys: ['target'],
      });
      await Promise.all(keys.map((key) => script.run([key], ['v'])));
      expect(await context.service().mget(keys)).toEqual(keys.map(() => 'v'));
    });
  });

  describe('.pipeline', () => {
    describe('having a Buffer key queued', () => {
      it('should read the key', async () => {
        const key = binaryKey('pipeline');
        await context.service().set(key, 'v');
        expect(await context.service().pipeline().get(key).exec()).toEqual([{ ok: true, value: 'v' }]);
      });
    });
  });

  describe('.call', () => {
    it('should prefix a Buffer key', async () => {
      const key = binaryKey('call');
      await context.service().set(key, rawBytes);
      expect(await context.service().bytes.call('GET', key)).toEqual(rawBytes);
    });
  });
}
