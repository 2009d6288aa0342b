import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { crossSlotBufferKeys } from './crossSlotKeys.js';
import { errorCodeOf } from './errorCodeOf.js';
import { junk } from './junk.js';
import { nulBytes, rawBytes } from './rawBytes.js';

/**
 * Buffer keys in the entries of `mset`/`msetnx` (Map and `[key, value]` tuples) and in the WATCH keys of
 * `transaction`: the prefix put before their bytes, bytes that are not UTF-8 kept, slots from the bytes in
 * a cluster (`mset` split, CROSS_SLOT for `msetnx` and `transaction`), anything else INVALID_ARGUMENT.
 *
 * @param context - the group's context.
 */
export function describeBufferKeyWritesContract(context: ContractContext): void {
  let unprefixed: IRedisService;
  /** A fresh key that is not valid UTF-8 (its readable part first, a NUL inside). */
  const binaryKey = (name: string): Buffer => Buffer.concat([Buffer.from(context.key(name)), nulBytes]);
  const prefixed = (key: Buffer): Buffer => Buffer.concat([Buffer.from(context.keyPrefix), key]);

  beforeAll(async () => {
    unprefixed = await context.createService({ keyPrefix: '' });
  });

  describe('.mset', () => {
    it('should write [key, value] tuples with Buffer keys across slots, byte for byte', async () => {
      const [a, b] = crossSlotBufferKeys(context, 'mset', nulBytes);
      await context.service().mset([
        [a, nulBytes],
        [b, 'text'],
      ]);
      expect(await context.service().bytes.mget([a, b])).toEqual([nulBytes, Buffer.from('text')]);
    });

    it('should put the prefix before the bytes of a Map key', async () => {
      const key = binaryKey('mset-map');
      await context.service().mset(new Map([[key, 'v']]));
      expect(await unprefixed.bytes.get(prefixed(key))).toEqual(Buffer.from('v'));
    });

    it('should refuse a tuple whose key is a number with INVALID_ARGUMENT, writing nothing', async () => {
      const key = binaryKey('mset-junk');
      const code = await errorCodeOf(
        context.service().mset([
          [key, 'v'],
          [junk(1), 'v'],
        ]),
      );
      expect([code, await context.service().exists(key)]).toEqual(['INVALID_ARGUMENT', 0]);
    });
  });

  describe('.msetnx', () => {
    it('should refuse Buffer keys in different slots with CROSS_SLOT in a cluster (also where the service refuses it in every mode: a migrating service facing a cluster)', async () => {
      const [a, b] = crossSlotBufferKeys(context, 'msetnx', rawBytes);
      const written = context.service().msetnx([
        [a, 'a'],
        [b, 'b'],
      ]);
      if (context.crossSlotRefused) await expect(written).rejects.toMatchObject({ code: 'CROSS_SLOT' });
      else expect(await written).toBe(true);
    });

    it('should write Buffer keys that share a hash tag', async () => {
      const tag = context.hashTag('msetnx');
      const [a, b] = ['a', 'b'].map((name) => Buffer.concat([Buffer.from(`${tag}:${name}`), nulBytes]));
      await context.service().msetnx([
        [a as Buffer, nulBytes],
        [b as Buffer, rawBytes],
      ]);
      expect(await context.service().bytes.mget([a as Buffer, b as Buffer])).toEqual([nulBytes, rawBytes]);
    });
  });

  describe('.transaction', () => {
    it('should watch a Buffer key under the prefix and run again when it changes', async () => {
      const key = binaryKey('watch');
      await context.service().set(key, '1');
      const { attempts } = await context.service().transaction([key], async (tx) => {
        // Written through the unprefixed service: only the prefixed bytes are the watched key.
        if (tx.attempt === 1) await unprefixed.set(prefixed(key), '2');
        tx.incr(key);
      });
      expect([attempts, await context.service().get(key)]).toEqual([2, '3']);
    });

    it('should hand the watched Buffer keys to fn as given', async () => {
      const key = binaryKey('watch-keys');
      const { value } = await context.service().transaction([key], (tx) => tx.keys);
      expect(value[0]).toBe(key);
    });

    it('should refuse watched Buffer keys in different slots with CROSS_SLOT in a cluster (also where the service refuses it in every mode: a migrating service facing a cluster)', async () => {
      const [a, b] = crossSlotBufferKeys(context, 'watch-slots', nulBytes);
      const code = await errorCodeOf(context.service().transaction([a, b], () => undefined));
      expect(code).toBe(context.crossSlotRefused ? 'CROSS_SLOT' : 'resolved');
    });

    it('should refuse a watched key that is a number with INVALID_ARGUMENT, without running fn', async () => {
      let runs = 0;
      const code = await errorCodeOf(
        context.service().transaction([junk(1)], () => {
          runs += 1;
        }),
      );
      expect([code, runs]).toEqual(['INVALID_ARGUMENT', 0]);
    });
  });
}
