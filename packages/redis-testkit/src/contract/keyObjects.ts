import { describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';
import { junk } from './junk.js';

/**
 * OBJECT ENCODING/FREQ/IDLETIME/REFCOUNT, DUMP and RESTORE.
 *
 * @param context - the group's context.
 */
export function describeKeyObjectsContract(context: ContractContext): void {
  const written = async (name: string, value: string): Promise<string> => {
    const key = context.key(name);
    await context.service().set(key, value);
    return key;
  };

  describe('.objectEncoding', () => {
    it('should resolve int for an integer value', async () => {
      expect(await context.service().objectEncoding(await written('encoding-int', '12'))).toBe('int');
    });

    it('should resolve embstr for short text', async () => {
      expect(await context.service().objectEncoding(await written('encoding-text', 'abc'))).toBe('embstr');
    });

    it('should resolve null for a missing key', async () => {
      expect(await context.service().objectEncoding(context.key('encoding-missing'))).toBeNull();
    });
  });

  describe('.objectFreq', () => {
    it('should resolve null for a missing key', async () => {
      expect(await context.service().objectFreq(context.key('freq-missing'))).toBeNull();
    });

    // The shared servers keep the default maxmemory-policy (noeviction): no LFU counter is kept.
    it('should reject with SERVER_ERROR without an LFU policy', async () => {
      await expect(context.service().objectFreq(await written('freq', 'v'))).rejects.toMatchObject({
        code: 'SERVER_ERROR',
      });
    });
  });

  describe('.objectIdletime', () => {
    it('should resolve a small idle time for a fresh key', async () => {
      expect(await context.service().objectIdletime(await written('idletime', 'v'))).toBeLessThan(5);
    });

    it('should resolve null for a missing key', async () => {
      expect(await context.service().objectIdletime(context.key('idletime-missing'))).toBeNull();
    });
  });

  describe('.objectRefcount', () => {
    it('should resolve a count for an existing key', async () => {
      expect(await context.service().objectRefcount(await written('refcount', 'text'))).toBeGreaterThan(0);
    });

    it('should resolve null for a missing key', async () => {
      expect(await context.service().objectRefcount(context.key('refcount-missing'))).toBeNull();
    });
  });

  describe('.dump', () => {
    it('should resolve a Buffer', async () => {
      expect(Buffer.isBuffer(await context.service().dump(await written('dump', 'v')))).toBe(true);
    });

    it('should resolve null for a missing key', async () => {
      expect(await context.service().dump(context.key('dump-missing'))).toBeNull();
    });
  });

  describe('.restore', () => {
    it('should recreate the value dump serialised', async () => {
      const source = await written('restore-source', 'payload');
      const target = context.key('restore-target');
      await context.service().restore(target, (await context.service().dump(source)) as Buffer);
      expect(await context.service().get(target)).toBe('payload');
    });

    it('should set the absolute expiry of expiresAt (ABSTTL)', async () => {
      const source = await written('restore-abs-source', 'v');
      const target = context.key('restore-abs-target');
      const at = new Date(Date.now() + 3_600_000);
      await context.service().restore(target, (await context.service().dump(source)) as Buffer, {
        expiresAt: at,
      });
      expect(await context.service().pexpiretime(target)).toBe(at.getTime());
    });

    it('should set a relative ttl', async () => {
      const source = await written('restore-ttl-source', 'v');
      const target = context.key('restore-ttl-target');
      await context.service().restore(target, (await context.service().dump(source)) as Buffer, {
        ttl: { seconds: 100 },
        idleTime: 10,
      });
      expect(await context.service().ttl(target)).toBe(100);
    });

    it('should reject an existing key without replace with SERVER_ERROR', async () => {
      const key = await written('restore-busy', 'v');
      const payload = (await context.service().dump(key)) as Buffer;
      await expect(context.service().restore(key, payload)).rejects.toMatchObject({ code: 'SERVER_ERROR' });
    });

    it('should overwrite an existing key with replace', async () => {
      const source = await written('restore-replace-source', 'new');
      const target = await written('restore-replace-target', 'old');
      const payload = (await context.service().dump(source)) as Buffer;
      await context.service().restore(target, payload, { replace: true });
      expect(await context.service().get(target)).toBe('new');
    });

    it('should reject a payload that is not a Buffer with INVALID_ARGUMENT', async () => {
      await expect(
        context.service().restore(context.key('restore-bad'), junk('bytes')),
      ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    });

    it('should reject idleTime with frequency with INVALID_ARGUMENT', async () => {
      await expect(
        context
          .service()
          .restore(context.key('restore-hints'), Buffer.from('x'), { idleTime: 1, frequency: 1 }),
      ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    });
  });
}
