import { beforeAll, describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';

const keyCount = 100;

function keysOf(context: ContractContext, name: string): string[] {
  const base = context.key(name);
  // No hash tag: the keys spread over many slots (and over every master of a cluster).
  return Array.from({ length: keyCount }, (_, index) => `${base}:${index}`);
}

async function written(context: ContractContext, name: string): Promise<string[]> {
  const keys = keysOf(context, name);
  await context.service().mset(new Map(keys.map((key, index) => [key, `value-${index}`])));
  return keys;
}

/**
 * MGET, MSET, DEL, UNLINK, EXISTS and TOUCH over 100 keys in different slots: results in the caller's
 * order, counts summed.
 *
 * @param context - the group's context.
 */
export function describeMultiKeyContract(context: ContractContext): void {
  describe('.mset', () => {
    it('should write every key, whatever its slot', async () => {
      const keys = await written(context, 'mset');
      expect(await context.service().mget(keys)).toEqual(keys.map((_, index) => `value-${index}`));
    });
  });

  describe('.mget', () => {
    describe('having 100 keys written and 100 missing, interleaved', () => {
      let values: (string | null)[];

      beforeAll(async () => {
        const keys = await written(context, 'mget');
        values = await context.service().mget(keys.flatMap((key) => [`${key}:missing`, key]));
      });

      it("should resolve one entry per key, in the caller's order, null for missing keys", () => {
        const expected = Array.from({ length: keyCount }, (_, index) => [null, `value-${index}`]).flat();
        expect(values).toEqual(expected);
      });
    });

    it('should resolve [] for no keys', async () => {
      expect(await context.service().mget([])).toEqual([]);
    });
  });

  describe('.exists', () => {
    it('should count the existing keys over every slot', async () => {
      const keys = await written(context, 'exists');
      expect(await context.service().exists([...keys, ...keysOf(context, 'exists-missing')])).toBe(keyCount);
    });

    it('should count a key given twice twice', async () => {
      const key = context.key('exists-twice');
      await context.service().set(key, 'v');
      expect(await context.service().exists([key, key])).toBe(2);
    });
  });

  describe('.touch', () => {
    it('should count the existing keys over every slot', async () => {
      const keys = await written(context, 'touch');
      expect(await context.service().touch([...keys, ...keysOf(context, 'touch-missing')])).toBe(keyCount);
    });
  });

  describe('.del', () => {
    describe('having 100 keys written, plus 100 missing ones', () => {
      let keys: string[];
      let deleted: number;

      beforeAll(async () => {
        keys = await written(context, 'del');
        deleted = await context.service().del([...keys, ...keysOf(context, 'del-missing')]);
      });

      it('should resolve the number of keys deleted, summed over every slot', () => {
        expect(deleted).toBe(keyCount);
      });

      it('should leave none of them', async () => {
        expect(await context.service().exists(keys)).toBe(0);
      });
    });

    it('should resolve 0 for no keys', async () => {
      expect(await context.service().del([])).toBe(0);
    });
  });

  describe('.unlink', () => {
    describe('having 100 keys written', () => {
      let keys: string[];
      let removed: number;

      beforeAll(async () => {
        keys = await written(context, 'unlink');
        removed = await context.service().unlink(keys);
      });

      it('should resolve the number of keys removed, summed over every slot', () => {
        expect(removed).toBe(keyCount);
      });

      it('should leave none of them', async () => {
        expect(await context.service().mget(keys)).toEqual(keys.map(() => null));
      });
    });
  });
}
