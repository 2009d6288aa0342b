import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { crossSlotKeys } from './crossSlotKeys.js';
import { junk } from './junk.js';

/**
 * EXPIREAT/PEXPIREAT (Date or Unix time, conditions), EXPIRETIME/PEXPIRETIME, COPY.
 *
 * @param context - the group's context.
 */
export function describeKeyTimesContract(context: ContractContext): void {
  let strict: IRedisService;
  const hourFromNow = (): Date => new Date(Math.floor(Date.now() / 1000) * 1000 + 3_600_000);
  const written = async (name: string): Promise<string> => {
    const key = context.key(name);
    await context.service().set(key, 'v');
    return key;
  };

  beforeAll(async () => {
    strict = await context.createService({ strictCrossSlot: true });
  });

  describe('.expireat', () => {
    it('should expire the key at a Date', async () => {
      const [key, at] = [await written('expireat'), hourFromNow()];
      await context.service().expireat(key, at);
      expect(await context.service().expiretime(key)).toBe(at.getTime() / 1000);
    });

    it('should take a Unix time in seconds', async () => {
      const [key, at] = [await written('expireat-unix'), hourFromNow().getTime() / 1000];
      expect(await context.service().expireat(key, at)).toBe(true);
    });

    it('should resolve false with condition NX on a key with an expiry', async () => {
      const key = context.key('expireat-nx');
      await context.service().set(key, 'v', { ttl: { seconds: 100 } });
      expect(await context.service().expireat(key, hourFromNow(), 'NX')).toBe(false);
    });

    it('should resolve false for a missing key', async () => {
      expect(await context.service().expireat(context.key('expireat-missing'), hourFromNow())).toBe(false);
    });

    it('should reject an invalid Date with INVALID_ARGUMENT', async () => {
      await expect(
        context.service().expireat(context.key('expireat-bad'), new Date(Number.NaN)),
      ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    });
  });

  describe('.pexpireat', () => {
    it('should expire the key at the millisecond', async () => {
      const key = await written('pexpireat');
      const at = Date.now() + 3_600_123;
      await context.service().pexpireat(key, at);
      expect(await context.service().pexpiretime(key)).toBe(at);
    });

    it('should resolve true with condition GT and a later instant', async () => {
      const key = context.key('pexpireat-gt');
      await context.service().set(key, 'v', { ttl: { seconds: 10 } });
      expect(await context.service().pexpireat(key, hourFromNow(), 'GT')).toBe(true);
    });

    it('should reject a fractional time with INVALID_ARGUMENT', async () => {
      await expect(context.service().pexpireat(context.key('pexpireat-bad'), 1.5)).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('.expiretime', () => {
    it('should resolve -1 for a key without expiry', async () => {
      expect(await context.service().expiretime(await written('expiretime-none'))).toBe(-1);
    });

    it('should resolve -2 for a missing key', async () => {
      expect(await context.service().expiretime(context.key('expiretime-missing'))).toBe(-2);
    });
  });

  describe('.pexpiretime', () => {
    it('should resolve the instant set by set expiresAt', async () => {
      const key = context.key('pexpiretime');
      const at = hourFromNow();
      await context.service().set(key, 'v', { expiresAt: at });
      expect(await context.service().pexpiretime(key)).toBe(at.getTime());
    });

    it('should resolve -2 for a missing key', async () => {
      expect(await context.service().pexpiretime(context.key('pexpiretime-missing'))).toBe(-2);
    });
  });

  describe('.copy', () => {
    let tag: string;

    beforeAll(() => {
      tag = context.hashTag('copy');
    });

    it('should copy the value to the destination', async () => {
      await context.service().set(`${tag}:a`, 'v');
      await context.service().copy(`${tag}:a`, `${tag}:b`);
      expect(await context.service().get(`${tag}:b`)).toBe('v');
    });

    it('should resolve false when the destination exists', async () => {
      await context.service().mset({ [`${tag}:c`]: '1', [`${tag}:d`]: '2' });
      expect(await context.service().copy(`${tag}:c`, `${tag}:d`)).toBe(false);
    });

    it('should overwrite the destination with replace', async () => {
      await context.service().mset({ [`${tag}:e`]: 'new', [`${tag}:f`]: 'old' });
      await context.service().copy(`${tag}:e`, `${tag}:f`, { replace: true });
      expect(await context.service().get(`${tag}:f`)).toBe('new');
    });

    it('should resolve false for a missing source', async () => {
      expect(await context.service().copy(`${tag}:none`, `${tag}:g`)).toBe(false);
    });

    it('should reject keys in two slots with CROSS_SLOT', async () => {
      const [a, b] = crossSlotKeys(context, 'copy-cross');
      await expect(strict.copy(a, b)).rejects.toMatchObject({ code: 'CROSS_SLOT' });
    });

    it('should reject a non-boolean replace with INVALID_ARGUMENT', async () => {
      await expect(
        context.service().copy(`${tag}:a`, `${tag}:h`, { replace: junk('yes') }),
      ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    });
  });
}
