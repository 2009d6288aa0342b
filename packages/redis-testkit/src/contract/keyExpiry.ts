import { describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';

/**
 * Expiry: EXPIRE/PEXPIRE with conditions, TTL/PTTL, PERSIST.
 *
 * @param context - the group's context.
 */
export function describeKeyExpiryContract(context: ContractContext): void {
  const written = async (name: string): Promise<string> => {
    const key = context.key(name);
    await context.service().set(key, 'v');
    return key;
  };

  describe('.expire', () => {
    it('should resolve true and set the TTL', async () => {
      const key = await written('expire');
      expect([await context.service().expire(key, 100), await context.service().ttl(key)]).toEqual([
        true,
        100,
      ]);
    });

    it('should resolve false for a missing key', async () => {
      expect(await context.service().expire(context.key('expire-missing'), 100)).toBe(false);
    });

    describe('having condition NX on a key with an expiry', () => {
      it('should resolve false', async () => {
        const key = context.key('expire-nx');
        await context.service().set(key, 'v', { ttl: { seconds: 100 } });
        expect(await context.service().expire(key, 10, 'NX')).toBe(false);
      });
    });

    describe('having condition GT and a later expiry', () => {
      it('should resolve true', async () => {
        const key = context.key('expire-gt');
        await context.service().set(key, 'v', { ttl: { seconds: 100 } });
        expect(await context.service().expire(key, 200, 'GT')).toBe(true);
      });
    });
  });

  describe('.pexpire', () => {
    it('should set the TTL in milliseconds', async () => {
      const key = await written('pexpire');
      await context.service().pexpire(key, 80_000);
      const pttl = await context.service().pttl(key);
      expect(pttl).toBeGreaterThan(70_000);
      expect(pttl).toBeLessThanOrEqual(80_000);
    });

    it('should resolve false when condition XX finds no expiry', async () => {
      expect(await context.service().pexpire(await written('pexpire-xx'), 1_000, 'XX')).toBe(false);
    });
  });

  describe('.ttl', () => {
    it('should resolve -1 for a key without expiry', async () => {
      expect(await context.service().ttl(await written('ttl-none'))).toBe(-1);
    });

    it('should resolve -2 for a missing key', async () => {
      expect(await context.service().ttl(context.key('ttl-missing'))).toBe(-2);
    });
  });

  describe('.pttl', () => {
    it('should resolve -2 for a missing key', async () => {
      expect(await context.service().pttl(context.key('pttl-missing'))).toBe(-2);
    });
  });

  describe('.persist', () => {
    it('should remove the expiry', async () => {
      const key = context.key('persist');
      await context.service().set(key, 'v', { ttl: { seconds: 100 } });
      expect([await context.service().persist(key), await context.service().ttl(key)]).toEqual([true, -1]);
    });

    it('should resolve false for a key without expiry', async () => {
      expect(await context.service().persist(await written('persist-none'))).toBe(false);
    });
  });
}
