import { describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';
import { junk } from './junk.js';

/**
 * BITFIELD (GET/SET/INCRBY/OVERFLOW) and BITFIELD_RO.
 *
 * @param context - the group's context.
 */
export function describeBitfieldsContract(context: ContractContext): void {
  const bytes = async (name: string, value: Buffer): Promise<string> => {
    const key = context.key(name);
    await context.service().set(key, value);
    return key;
  };

  describe('.bitfield', () => {
    it('should run SET, INCRBY and GET in order', async () => {
      const key = context.key('bitfield');
      const results = await context.service().bitfield(key, [
        { kind: 'set', encoding: 'u8', offset: 0, value: 200 },
        { kind: 'incrby', encoding: 'u8', offset: 0, increment: 10 },
        { kind: 'get', encoding: 'u8', offset: '#0' },
      ]);
      expect(results).toEqual([0, 210, 210]);
    });

    it('should resolve null for an overflow under OVERFLOW FAIL', async () => {
      const key = context.key('bitfield-fail');
      const results = await context.service().bitfield(key, [
        { kind: 'overflow', behavior: 'FAIL' },
        { kind: 'incrby', encoding: 'i8', offset: 0, increment: 200 },
      ]);
      expect(results).toEqual([null]);
    });

    it('should saturate under OVERFLOW SAT', async () => {
      const key = context.key('bitfield-sat');
      const results = await context.service().bitfield(key, [
        { kind: 'overflow', behavior: 'SAT' },
        { kind: 'incrby', encoding: 'u4', offset: 0, increment: 100 },
      ]);
      expect(results).toEqual([15]);
    });

    it('should reject encoding u64 with INVALID_ARGUMENT', async () => {
      await expect(
        context
          .service()
          .bitfield(context.key('bitfield-bad'), [{ kind: 'get', encoding: 'u64', offset: 0 }]),
      ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    });

    it('should reject no operation with INVALID_ARGUMENT', async () => {
      await expect(context.service().bitfield(context.key('bitfield-none'), [])).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('.bitfieldRo', () => {
    it('should read fields of the prefixed key', async () => {
      const key = await bytes('bitfield-ro', Buffer.from([0x12, 0x34]));
      const results = await context.service().bitfieldRo(key, [
        { kind: 'get', encoding: 'u8', offset: 8 },
        { kind: 'get', encoding: 'i4', offset: 0 },
      ]);
      expect(results).toEqual([0x34, 1]);
    });

    it('should reject a SET operation with INVALID_ARGUMENT', async () => {
      const operation = junk({ kind: 'set', encoding: 'u8', offset: 0, value: 1 });
      await expect(
        context.service().bitfieldRo(context.key('bitfield-ro-set'), [operation]),
      ).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });
}
