import { beforeAll, describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';

/**
 * GET and the SET overloads: conditions, GET, expiry.
 *
 * @param context - the group's context.
 */
export function describeStringsContract(context: ContractContext): void {
  describe('.get', () => {
    it('should resolve null for a missing key', async () => {
      expect(await context.service().get(context.key('missing'))).toBeNull();
    });

    it('should read back what set wrote, as UTF-8 text', async () => {
      const key = context.key('text');
      await context.service().set(key, 'héllo ✓');
      expect(await context.service().get(key)).toBe('héllo ✓');
    });

    it('should read a number written as its decimal text', async () => {
      const key = context.key('number');
      await context.service().set(key, 42.5);
      expect(await context.service().get(key)).toBe('42.5');
    });
  });

  describe('.set', () => {
    describe('having no option', () => {
      it("should resolve 'OK'", async () => {
        expect(await context.service().set(context.key('plain'), 'v')).toBe('OK');
      });

      it('should remove the expiry the key had', async () => {
        const key = context.key('drop-ttl');
        await context.service().set(key, 'a', { ttl: { seconds: 100 } });
        await context.service().set(key, 'b');
        expect(await context.service().ttl(key)).toBe(-1);
      });
    });

    describe('having condition NX', () => {
      it("should resolve 'OK' and write when the key is missing", async () => {
        const key = context.key('nx-missing');
        const reply = await context.service().set(key, 'v', { condition: 'NX' });
        expect([reply, await context.service().get(key)]).toEqual(['OK', 'v']);
      });

      it('should resolve null and keep the value when the key exists', async () => {
        const key = context.key('nx-existing');
        await context.service().set(key, 'old');
        const reply = await context.service().set(key, 'new', { condition: 'NX' });
        expect([reply, await context.service().get(key)]).toEqual([null, 'old']);
      });
    });

    describe('having condition XX', () => {
      it('should resolve null and write nothing when the key is missing', async () => {
        const key = context.key('xx-missing');
        const reply = await context.service().set(key, 'v', { condition: 'XX' });
        expect([reply, await context.service().exists(key)]).toEqual([null, 0]);
      });

      it("should resolve 'OK' and overwrite when the key exists", async () => {
        const key = context.key('xx-existing');
        await context.service().set(key, 'old');
        const reply = await context.service().set(key, 'new', { condition: 'XX' });
        expect([reply, await context.service().get(key)]).toEqual(['OK', 'new']);
      });
    });

    describe('having get: true', () => {
      it('should resolve the previous value', async () => {
        const key = context.key('get-previous');
        await context.service().set(key, 'before');
        expect(await context.service().set(key, 'after', { get: true })).toBe('before');
      });

      it('should resolve null when there was no value', async () => {
        expect(await context.service().set(context.key('get-none'), 'v', { get: true })).toBeNull();
      });

      it('should resolve null and keep the value when NX prevented the write', async () => {
        const key = context.key('get-nx');
        await context.service().set(key, 'kept');
        const reply = await context.service().set(key, 'x', { get: true, condition: 'NX' });
        expect([reply, await context.service().get(key)]).toEqual(['kept', 'kept']);
      });
    });

    describe('having a TTL in seconds', () => {
      it('should set a pttl within the TTL', async () => {
        const key = context.key('ttl-s');
        await context.service().set(key, 'v', { ttl: { seconds: 100 } });
        const pttl = await context.service().pttl(key);
        expect(pttl).toBeGreaterThan(90_000);
        expect(pttl).toBeLessThanOrEqual(100_000);
      });
    });

    describe('having a TTL in milliseconds', () => {
      it('should set a pttl within the TTL', async () => {
        const key = context.key('ttl-ms');
        await context.service().set(key, 'v', { ttl: { milliseconds: 50_000 } });
        const pttl = await context.service().pttl(key);
        expect(pttl).toBeGreaterThan(40_000);
        expect(pttl).toBeLessThanOrEqual(50_000);
      });
    });

    describe('having expiresAt', () => {
      it('should set a pttl up to that instant', async () => {
        const key = context.key('expires-at');
        await context.service().set(key, 'v', { expiresAt: new Date(Date.now() + 60_000) });
        const pttl = await context.service().pttl(key);
        expect(pttl).toBeGreaterThan(30_000);
        expect(pttl).toBeLessThanOrEqual(60_000);
      });
    });

    describe('having keepTtl on a key with an expiry', () => {
      let key: string;

      beforeAll(async () => {
        key = context.key('keep-ttl');
        await context.service().set(key, 'a', { ttl: { seconds: 100 } });
        await context.service().set(key, 'b', { keepTtl: true });
      });

      it('should keep the expiry', async () => {
        expect(await context.service().ttl(key)).toBeGreaterThan(50);
      });

      it('should write the new value', async () => {
        expect(await context.service().get(key)).toBe('b');
      });
    });
  });
}
