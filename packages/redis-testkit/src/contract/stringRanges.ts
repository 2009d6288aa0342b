import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { crossSlotKeys } from './crossSlotKeys.js';
import { junk } from './junk.js';

/**
 * GETEX, GETRANGE, SETRANGE, LCS (plain, LEN, IDX).
 *
 * @param context - the group's context.
 */
export function describeStringRangesContract(context: ContractContext): void {
  let strict: IRedisService;
  let unprefixed: IRedisService;

  beforeAll(async () => {
    strict = await context.createService({ strictCrossSlot: true });
    unprefixed = await context.createService({ keyPrefix: '' });
  });

  describe('.getex', () => {
    it('should resolve the value and set a TTL in seconds', async () => {
      const key = context.key('getex-ttl');
      await context.service().set(key, 'v');
      expect(await context.service().getex(key, { ttl: { seconds: 100 } })).toBe('v');
      expect(await context.service().ttl(key)).toBe(100);
    });

    it('should set an absolute expiry from expiresAt', async () => {
      const key = context.key('getex-at');
      const at = new Date(Date.now() + 3_600_000);
      await context.service().set(key, 'v');
      await context.service().getex(key, { expiresAt: at });
      expect(await context.service().pexpiretime(key)).toBe(at.getTime());
    });

    it('should remove the expiry with persist', async () => {
      const key = context.key('getex-persist');
      await context.service().set(key, 'v', { ttl: { seconds: 100 } });
      expect(await context.service().getex(key, { persist: true })).toBe('v');
      expect(await context.service().ttl(key)).toBe(-1);
    });

    it('should write the prefixed key', async () => {
      const key = context.key('getex-prefix');
      await context.service().set(key, 'v');
      await context.service().getex(key, { ttl: { milliseconds: 100_000 } });
      expect(await unprefixed.pttl(context.keyPrefix + key)).toBeGreaterThan(90_000);
    });

    it('should resolve null for a missing key', async () => {
      expect(await context.service().getex(context.key('getex-missing'), { persist: true })).toBeNull();
    });

    it('should reject two expiry options with INVALID_ARGUMENT', async () => {
      const options = junk({ ttl: { seconds: 1 }, persist: true });
      await expect(context.service().getex(context.key('getex-bad'), options)).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });

    it('should reject a TTL of 0 with INVALID_ARGUMENT', async () => {
      await expect(
        context.service().getex(context.key('getex-zero'), { ttl: { seconds: 0 } }),
      ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    });
  });

  describe('.getrange', () => {
    it('should resolve the bytes from start to end inclusive', async () => {
      const key = context.key('getrange');
      await context.service().set(key, 'Hello, world');
      expect(await context.service().getrange(key, 0, 4)).toBe('Hello');
    });

    it('should count negative offsets from the end', async () => {
      const key = context.key('getrange-negative');
      await context.service().set(key, 'Hello, world');
      expect(await context.service().getrange(key, -5, -1)).toBe('world');
    });

    it('should resolve an empty string for a missing key', async () => {
      expect(await context.service().getrange(context.key('getrange-missing'), 0, 10)).toBe('');
    });

    it('should reject a fractional offset with INVALID_ARGUMENT', async () => {
      await expect(context.service().getrange(context.key('getrange-bad'), 0.5, 2)).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('.setrange', () => {
    it('should overwrite from the offset and resolve the new length', async () => {
      const key = context.key('setrange');
      await context.service().set(key, 'Hello, world');
      expect(await context.service().setrange(key, 7, 'Redis')).toBe(12);
      expect(await context.service().get(key)).toBe('Hello, Redis');
    });

    it('should pad a missing key with zero bytes', async () => {
      const key = context.key('setrange-pad');
      await context.service().setrange(key, 2, 'x');
      expect(await context.service().bytes.get(key)).toEqual(Buffer.from([0, 0, 120]));
    });

    it('should reject a negative offset with INVALID_ARGUMENT', async () => {
      await expect(context.service().setrange(context.key('setrange-bad'), -1, 'x')).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('.lcs', () => {
    let a: string;
    let b: string;

    beforeAll(async () => {
      const tag = context.hashTag('lcs');
      [a, b] = [`${tag}:a`, `${tag}:b`];
      await context.service().mset({ [a]: 'ohmytext', [b]: 'mynewtext' });
    });

    it('should resolve the longest common subsequence', async () => {
      expect(await context.service().lcs(a, b)).toBe('mytext');
    });

    it('should resolve its length with len', async () => {
      expect(await context.service().lcs(a, b, { len: true })).toBe(6);
    });

    it('should resolve the matching ranges with idx', async () => {
      expect(await context.service().lcs(a, b, { idx: true, withMatchLength: true })).toEqual({
        matches: [
          { key1: [4, 7], key2: [5, 8], length: 4 },
          { key1: [2, 3], key2: [0, 1], length: 2 },
        ],
        length: 6,
      });
    });

    it('should leave out short matches with minMatchLength', async () => {
      const result = await context.service().lcs(a, b, { idx: true, minMatchLength: 4 });
      expect(result.matches).toEqual([{ key1: [4, 7], key2: [5, 8] }]);
    });

    it('should reject len with idx with INVALID_ARGUMENT', async () => {
      await expect(context.service().lcs(a, b, { len: true, idx: true })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });

    it('should reject keys in two slots with CROSS_SLOT', async () => {
      const [x, y] = crossSlotKeys(context, 'lcs-cross');
      await expect(strict.lcs(x, y)).rejects.toMatchObject({ code: 'CROSS_SLOT' });
    });
  });
}
