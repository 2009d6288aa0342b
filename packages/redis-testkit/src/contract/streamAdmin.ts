import { describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { errorCodeOf } from './errorCodeOf.js';

/**
 * Stream inspection and maintenance (XINFO STREAM, XSETID), and the queued forms of the stream
 * commands (pipelines and transactions record them from the same definitions).
 *
 * @param context - the group's context.
 */
export function describeStreamAdminContract(context: ContractContext): void {
  describe('.xinfoStream', () => {
    it('should resolve the stream info with numbers and the first and last entry', async () => {
      const key = context.key('xinfo-stream');
      await context.service().xadd(key, { n: 1 }, { id: '1-0' });
      await context.service().xadd(key, { n: 2 }, { id: '2-0' });
      await context.service().xdel(key, '2-0');
      expect(await context.service().xinfoStream(key)).toMatchObject({
        length: 1,
        lastGeneratedId: '2-0',
        maxDeletedEntryId: '2-0',
        entriesAdded: 2,
        groups: 0,
        firstEntry: { id: '1-0', fields: { n: '1' } },
        lastEntry: { id: '1-0', fields: { n: '1' } },
      });
    });

    it('should reject a missing stream with SERVER_ERROR', async () => {
      expect(await errorCodeOf(context.service().xinfoStream(context.key('xinfo-missing')))).toBe(
        'SERVER_ERROR',
      );
    });
  });

  describe('.xinfoStreamFull', () => {
    it('should describe the entries, the group, its consumer and their pending entry', async () => {
      const key = context.key('xinfo-full');
      await context.service().xadd(key, { n: 1 }, { id: '1-0' });
      await context.service().xadd(key, { n: 2 }, { id: '2-0' });
      await context.service().xgroupCreate(key, 'workers', '0');
      await context.service().xreadgroup('workers', 'alice', [{ key, id: '>' }], { count: 1 });
      const full = await context.service().xinfoStreamFull(key, { count: 0 });
      expect(full).toMatchObject({
        length: 2,
        lastGeneratedId: '2-0',
        recordedFirstEntryId: '1-0',
        entries: [
          { id: '1-0', fields: { n: '1' } },
          { id: '2-0', fields: { n: '2' } },
        ],
        groups: [
          {
            name: 'workers',
            lastDeliveredId: '1-0',
            pelCount: 1,
            pending: [{ id: '1-0', consumer: 'alice', deliveryCount: 1 }],
            consumers: [{ name: 'alice', pelCount: 1, pending: [{ id: '1-0', deliveryCount: 1 }] }],
          },
        ],
      });
    });

    it('should list at most count entries', async () => {
      const key = context.key('xinfo-full-count');
      for (const id of ['1-0', '2-0', '3-0']) await context.service().xadd(key, { n: id }, { id });
      const { entries } = await context.service().xinfoStreamFull(key, { count: 2 });
      expect(entries.map(({ id }) => id)).toStrictEqual(['1-0', '2-0']);
    });

    it('should reject a negative count with INVALID_ARGUMENT', async () => {
      expect(
        await errorCodeOf(context.service().xinfoStreamFull(context.key('xinfo-full-bad'), { count: -1 })),
      ).toBe('INVALID_ARGUMENT');
    });
  });

  describe('.xsetid', () => {
    it('should set the last ID of the prefixed key', async () => {
      const key = context.key('xsetid');
      await context.service().xadd(key, { n: 1 }, { id: '1-0' });
      expect(await context.service().xsetid(key, '5-0', { entriesAdded: 7, maxDeletedId: '3-0' })).toBe('OK');
      const raw: IRedisService = await context.createService({ keyPrefix: '' });
      expect(await raw.xinfoStream(`${context.keyPrefix}${key}`)).toMatchObject({
        lastGeneratedId: '5-0',
        entriesAdded: 7,
        maxDeletedEntryId: '3-0',
      });
    });

    it('should reject an ID below the top entry with SERVER_ERROR', async () => {
      const key = context.key('xsetid-low');
      await context.service().xadd(key, { n: 1 }, { id: '5-0' });
      expect(await errorCodeOf(context.service().xsetid(key, '1-0'))).toBe('SERVER_ERROR');
    });
  });

  describe('.pipeline', () => {
    it('should queue the stream commands and resolve what the members resolve', async () => {
      const key = context.key('stream-pipeline');
      const results = await context
        .service()
        .pipeline()
        .xadd(key, { n: 1 }, { id: '1-0' })
        .xgroupCreate(key, 'g', '0')
        .xgroupCreate(key, 'g', '0')
        .xlen(key)
        .xrange(key)
        .xpending(key, 'g')
        .exec();
      expect(results.map((result) => (result.ok ? result.value : result.error.code))).toEqual([
        '1-0',
        true,
        false,
        1,
        [{ id: '1-0', fields: { n: '1' } }],
        { count: 0, minId: null, maxId: null, consumers: [] },
      ]);
    });

    it('should record xdel without IDs as INVALID_ARGUMENT, sending the rest', async () => {
      const key = context.key('stream-pipeline-xdel');
      const results = await context.service().pipeline().xdel(key, []).xlen(key).exec();
      expect(results.map((result) => (result.ok ? result.value : result.error.code))).toEqual([
        'INVALID_ARGUMENT',
        0,
      ]);
    });
  });

  describe('.transaction', () => {
    it('should run queued stream commands atomically', async () => {
      const key = context.key('stream-tx');
      const { results } = await context.service().transaction([key], (tx) => {
        tx.xadd(key, { n: 1 }, { id: '1-0' }).xgroupCreate(key, 'g', '0').xinfoGroups(key);
      });
      expect(results.map((result) => (result.ok ? result.value : result.error.code))).toEqual([
        '1-0',
        true,
        [{ name: 'g', consumers: 0, pending: 0, lastDeliveredId: '0-0', entriesRead: null, lag: 1 }],
      ]);
    });
  });
}
