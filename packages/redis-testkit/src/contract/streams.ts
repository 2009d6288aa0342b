import { describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';
import { sleep } from './sleep.js';

/**
 * Stream commands without consumer groups.
 *
 * @param context - the group's context.
 */
export function describeStreamsContract(context: ContractContext): void {
  const stream = async (name: string, count: number): Promise<string> => {
    const key = context.key(name);
    for (let index = 1; index <= count; index += 1) {
      await context.service().xadd(key, { n: index }, { id: `${index}-0` });
    }
    return key;
  };

  describe('.xadd', () => {
    it('should resolve the ID the server assigned', async () => {
      expect(await context.service().xadd(context.key('xadd'), { f: 'v' })).toMatch(/^\d+-\d+$/);
    });

    it('should resolve null with nomkstream for a missing stream', async () => {
      expect(
        await context.service().xadd(context.key('xadd-nomk'), { f: 'v' }, { nomkstream: true }),
      ).toBeNull();
    });

    it('should trim in the same command', async () => {
      const key = await stream('xadd-trim', 3);
      await context.service().xadd(key, { n: 4 }, { trim: { maxLen: 2 } });
      expect(await context.service().xlen(key)).toBe(2);
    });
  });

  describe('.xrange', () => {
    it('should resolve every entry with its fields, oldest first', async () => {
      const key = await stream('xrange', 2);
      expect(await context.service().xrange(key)).toEqual([
        { id: '1-0', fields: { n: '1' } },
        { id: '2-0', fields: { n: '2' } },
      ]);
    });

    it('should honour start, end and count', async () => {
      const key = await stream('xrange-bounds', 5);
      const ids = (await context.service().xrange(key, '2-0', '4-0', 2)).map((entry) => entry.id);
      expect(ids).toEqual(['2-0', '3-0']);
    });
  });

  describe('.xrevrange', () => {
    it('should resolve entries newest first', async () => {
      const key = await stream('xrevrange', 3);
      const ids = (await context.service().xrevrange(key, '+', '-', 2)).map((entry) => entry.id);
      expect(ids).toEqual(['3-0', '2-0']);
    });
  });

  describe('.xlen', () => {
    it('should resolve 0 for a missing stream', async () => {
      expect(await context.service().xlen(context.key('xlen-missing'))).toBe(0);
    });
  });

  describe('.xtrim', () => {
    it('should resolve how many entries were removed by MINID', async () => {
      expect(await context.service().xtrim(await stream('xtrim', 5), { minId: '4-0' })).toBe(3);
    });
  });

  describe('.xdel', () => {
    it('should resolve how many entries were removed', async () => {
      expect(await context.service().xdel(await stream('xdel', 3), ['1-0', '3-0', '9-0'])).toBe(2);
    });

    it('should resolve 0 for no ID without sending', async () => {
      expect(await context.service().xdel(await stream('xdel-none', 1), [])).toBe(0);
    });

    it('should reject an ID that is not a string with INVALID_ARGUMENT', async () => {
      const ids = [1] as unknown as string[];
      await expect(context.service().xdel(context.key('xdel-bad'), ids)).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('.xread', () => {
    it('should resolve the entries after the ID, with the key without prefix', async () => {
      const key = await stream('xread', 3);
      expect(await context.service().xread([{ key, id: '1-0' }], { count: 1 })).toEqual([
        { key, entries: [{ id: '2-0', fields: { n: '2' } }] },
      ]);
    });

    it('should read several streams with one hash tag', async () => {
      const tag = context.hashTag('xread-many');
      const [a, b] = [await stream(`${tag}:a`, 1), await stream(`${tag}:b`, 2)];
      const result = await context.service().xread([
        { key: a, id: '0' },
        { key: b, id: '1-0' },
      ]);
      expect(result.map((read) => [read.key, read.entries.length])).toEqual([
        [a, 1],
        [b, 1],
      ]);
    });

    it('should resolve [] when nothing arrives before the block timeout', async () => {
      expect(
        await context.service().xread([{ key: context.key('xread-none'), id: '$' }], { block: 200 }),
      ).toEqual([]);
    });

    describe('having another service add while it blocks', () => {
      it('should resolve the new entry', async () => {
        const key = await stream('xread-block', 1);
        const other = await context.createService();
        const read = context.service().xread([{ key, id: '$' }], { block: 10_000 });
        await sleep(200);
        await other.xadd(key, { n: 'new' }, { id: '5-0' });
        expect(await read).toEqual([{ key, entries: [{ id: '5-0', fields: { n: 'new' } }] }]);
      });
    });
  });
}
