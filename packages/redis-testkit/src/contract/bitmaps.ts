import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { crossSlotKeys } from './crossSlotKeys.js';
import { junk } from './junk.js';

/**
 * SETBIT, GETBIT, BITCOUNT, BITPOS, BITOP.
 *
 * @param context - the group's context.
 */
export function describeBitmapsContract(context: ContractContext): void {
  let strict: IRedisService;
  const bytes = async (name: string, value: Buffer): Promise<string> => {
    const key = context.key(name);
    await context.service().set(key, value);
    return key;
  };

  beforeAll(async () => {
    strict = await context.createService({ strictCrossSlot: true });
  });

  describe('.setbit', () => {
    it('should set the bit and resolve its previous value', async () => {
      const key = context.key('setbit');
      expect([await context.service().setbit(key, 7, 1), await context.service().setbit(key, 7, 0)]).toEqual([
        0, 1,
      ]);
    });

    it('should write the prefixed key, most significant bit first', async () => {
      const key = context.key('setbit-read');
      await context.service().setbit(key, 1, 1);
      expect(await context.service().bytes.get(key)).toEqual(Buffer.from([0b0100_0000]));
    });

    it('should reject a bit value of 2 with INVALID_ARGUMENT', async () => {
      await expect(context.service().setbit(context.key('setbit-bad'), 0, junk(2))).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('.getbit', () => {
    it('should read a bit of the value', async () => {
      const key = await bytes('getbit', Buffer.from([0b1000_0000]));
      expect([await context.service().getbit(key, 0), await context.service().getbit(key, 1)]).toEqual([
        1, 0,
      ]);
    });

    it('should resolve 0 past the end', async () => {
      expect(await context.service().getbit(context.key('getbit-missing'), 100)).toBe(0);
    });

    it('should reject a negative offset with INVALID_ARGUMENT', async () => {
      await expect(context.service().getbit(context.key('getbit-bad'), -1)).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('.bitcount', () => {
    let key: string;

    beforeAll(async () => {
      key = await bytes('bitcount', Buffer.from([0xff, 0x0f, 0x01]));
    });

    it('should count every set bit', async () => {
      expect(await context.service().bitcount(key)).toBe(13);
    });

    it('should count in a byte range', async () => {
      expect(await context.service().bitcount(key, { start: 1, end: -1 })).toBe(5);
    });

    it('should count in a bit range with unit BIT', async () => {
      expect(await context.service().bitcount(key, { start: 4, end: 11, unit: 'BIT' })).toBe(4);
    });

    it('should reject a range without end with INVALID_ARGUMENT', async () => {
      await expect(context.service().bitcount(key, junk({ start: 0 }))).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('.bitpos', () => {
    let key: string;

    beforeAll(async () => {
      key = await bytes('bitpos', Buffer.from([0x00, 0x0f]));
    });

    it('should find the first set bit', async () => {
      expect(await context.service().bitpos(key, 1)).toBe(12);
    });

    it('should look from a byte without an end', async () => {
      expect(await context.service().bitpos(key, 0, { start: 1 })).toBe(8);
    });

    it('should look in a bit range', async () => {
      expect(await context.service().bitpos(key, 1, { start: 0, end: 11, unit: 'BIT' })).toBe(-1);
    });

    it('should reject a unit without end with INVALID_ARGUMENT', async () => {
      await expect(context.service().bitpos(key, 1, { start: 0, unit: 'BIT' })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('.bitop', () => {
    let tag: string;

    beforeAll(async () => {
      tag = context.hashTag('bitop');
      await context
        .service()
        .mset({ [`${tag}:a`]: Buffer.from([0b1100]), [`${tag}:b`]: Buffer.from([0b1010]) });
    });

    it('should write AND of the sources and resolve its length', async () => {
      expect(await context.service().bitop('AND', `${tag}:and`, [`${tag}:a`, `${tag}:b`])).toBe(1);
      expect(await context.service().bytes.get(`${tag}:and`)).toEqual(Buffer.from([0b1000]));
    });

    it('should write XOR of the sources', async () => {
      await context.service().bitop('XOR', `${tag}:xor`, [`${tag}:a`, `${tag}:b`]);
      expect(await context.service().bytes.get(`${tag}:xor`)).toEqual(Buffer.from([0b0110]));
    });

    it('should write NOT of one source', async () => {
      await context.service().bitop('NOT', `${tag}:not`, [`${tag}:a`]);
      expect(await context.service().bytes.get(`${tag}:not`)).toEqual(Buffer.from([0xf3]));
    });

    it('should reject NOT over two keys with INVALID_ARGUMENT', async () => {
      await expect(
        context.service().bitop('NOT', `${tag}:x`, [`${tag}:a`, `${tag}:b`]),
      ).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });

    it('should reject keys in two slots with CROSS_SLOT', async () => {
      const [a, b] = crossSlotKeys(context, 'bitop-cross');
      await expect(strict.bitop('OR', a, [b])).rejects.toMatchObject({ code: 'CROSS_SLOT' });
    });
  });
}
