import { beforeAll, describe, expect, it } from 'vitest';
import type { StreamReadResult } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { errorCodeOf } from './errorCodeOf.js';

/**
 * Consumer groups: XGROUP CREATE, XREADGROUP, XACK.
 *
 * @param context - the group's context.
 */
export function describeStreamGroupsContract(context: ContractContext): void {
  describe('.xgroupCreate', () => {
    it('should resolve true when the group is new, creating the stream with mkstream', async () => {
      expect(await context.service().xgroupCreate(context.key('xgroup'), 'g', '$', { mkstream: true })).toBe(
        true,
      );
    });

    it('should resolve false when the group exists', async () => {
      const key = context.key('xgroup-twice');
      await context.service().xgroupCreate(key, 'g', '$', { mkstream: true });
      expect(await context.service().xgroupCreate(key, 'g', '$', { mkstream: true })).toBe(false);
    });
  });

  describe('.xreadgroup', () => {
    describe('having a group from 0 over two entries', () => {
      let key: string;
      let first: StreamReadResult[];
      let second: StreamReadResult[];

      beforeAll(async () => {
        key = context.key('xreadgroup');
        await context.service().xadd(key, { n: 1 }, { id: '1-0' });
        await context.service().xadd(key, { n: 2 }, { id: '2-0' });
        await context.service().xgroupCreate(key, 'g', '0');
        first = await context.service().xreadgroup('g', 'alice', [{ key, id: '>' }], { count: 1 });
        second = await context.service().xreadgroup('g', 'bob', [{ key, id: '>' }]);
      });

      it('should deliver the first entry to the first consumer', () => {
        expect(first).toEqual([{ key, entries: [{ id: '1-0', fields: { n: '1' } }] }]);
      });

      it('should deliver the rest to the next consumer', () => {
        expect(second).toEqual([{ key, entries: [{ id: '2-0', fields: { n: '2' } }] }]);
      });

      it("should keep delivered entries pending for the consumer, readable with ID '0'", async () => {
        const pending = await context.service().xreadgroup('g', 'alice', [{ key, id: '0' }]);
        expect(pending.flatMap((read) => read.entries.map((entry) => entry.id))).toEqual(['1-0']);
      });
    });

    it('should resolve [] when nothing arrives before the block timeout', async () => {
      const key = context.key('xreadgroup-block');
      await context.service().xgroupCreate(key, 'g', '$', { mkstream: true });
      expect(await context.service().xreadgroup('g', 'c', [{ key, id: '>' }], { block: 200 })).toEqual([]);
    });

    it('should reject a missing group with SERVER_ERROR', async () => {
      const key = context.key('xreadgroup-nogroup');
      await context.service().xadd(key, { f: 'v' });
      expect(await errorCodeOf(context.service().xreadgroup('nope', 'c', [{ key, id: '>' }]))).toBe(
        'SERVER_ERROR',
      );
    });
  });

  describe('.xack', () => {
    describe('having two delivered entries', () => {
      let key: string;
      let acknowledged: number;

      beforeAll(async () => {
        key = context.key('xack');
        await context.service().xadd(key, { n: 1 }, { id: '1-0' });
        await context.service().xadd(key, { n: 2 }, { id: '2-0' });
        await context.service().xgroupCreate(key, 'g', '0');
        await context.service().xreadgroup('g', 'c', [{ key, id: '>' }]);
        acknowledged = await context.service().xack(key, 'g', ['1-0', '2-0', '3-0']);
      });

      it('should resolve how many were pending', () => {
        expect(acknowledged).toBe(2);
      });

      it('should leave nothing pending', async () => {
        const pending = await context.service().xreadgroup('g', 'c', [{ key, id: '0' }]);
        expect(pending.flatMap((read) => read.entries)).toEqual([]);
      });
    });

    it('should skip the pending list with noack', async () => {
      const key = context.key('xack-noack');
      await context.service().xadd(key, { n: 1 }, { id: '1-0' });
      await context.service().xgroupCreate(key, 'g', '0');
      await context.service().xreadgroup('g', 'c', [{ key, id: '>' }], { noack: true });
      expect(await context.service().xack(key, 'g', '1-0')).toBe(0);
    });
  });
}
