import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService, XAutoClaimResult, XPendingEntry, XPendingSummary } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { errorCodeOf } from './errorCodeOf.js';
import { sleep } from './sleep.js';

/**
 * Recovering pending entries: XPENDING, XCLAIM, XAUTOCLAIM. The scenario: consumer A reads and
 * crashes before acknowledging; after the idle time, consumer B takes the entries over.
 *
 * @param context - the group's context.
 */
export function describeStreamRecoveryContract(context: ContractContext): void {
  /** A stream with entries `1-0`…`count-0` and group `g` from `0`, all read (not acked) by `a`. */
  const delivered = async (name: string, count: number): Promise<string> => {
    const key = context.key(name);
    for (let index = 1; index <= count; index += 1)
      await context.service().xadd(key, { n: index }, { id: `${index}-0` });
    await context.service().xgroupCreate(key, 'g', '0');
    await context.service().xreadgroup('g', 'a', [{ key, id: '>' }]);
    return key;
  };

  describe('.xpending', () => {
    describe('having three entries read by consumer a', () => {
      let key: string;
      let summary: XPendingSummary;
      let entries: XPendingEntry[];

      beforeAll(async () => {
        key = await delivered('xpending', 3);
        summary = await context.service().xpending(key, 'g');
        entries = await context.service().xpending(key, 'g', { count: 2 });
      });

      it('should resolve the summary with numbers', () => {
        expect(summary).toEqual({
          count: 3,
          minId: '1-0',
          maxId: '3-0',
          consumers: [{ name: 'a', pending: 3 }],
        });
      });

      it('should resolve the entries of the extended form, up to count', () => {
        expect(entries.map(({ id, consumer, deliveries }) => [id, consumer, deliveries])).toEqual([
          ['1-0', 'a', 1],
          ['2-0', 'a', 1],
        ]);
      });

      it('should filter by consumer and idle time', async () => {
        const range = { start: '-', end: '+', count: 10, consumer: 'a', idle: 60_000 };
        expect(await context.service().xpending(key, 'g', range)).toEqual([]);
      });
    });

    it('should resolve an empty summary for a group with nothing pending', async () => {
      const key = context.key('xpending-empty');
      await context.service().xgroupCreate(key, 'g', '$', { mkstream: true });
      expect(await context.service().xpending(key, 'g')).toEqual({
        count: 0,
        minId: null,
        maxId: null,
        consumers: [],
      });
    });

    it('should reject a range without count with INVALID_ARGUMENT', async () => {
      const range = {} as unknown as { count: number };
      await expect(context.service().xpending(context.key('xp'), 'g', range)).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('.xclaim', () => {
    it('should move idle entries to the claimer and resolve them', async () => {
      const key = await delivered('xclaim', 2);
      await sleep(20);
      const claimed = await context.service().xclaim(key, 'g', 'b', 10, ['1-0', '2-0']);
      expect(claimed).toEqual([
        { id: '1-0', fields: { n: '1' } },
        { id: '2-0', fields: { n: '2' } },
      ]);
    });

    it('should not move entries idle for less than minIdleMs', async () => {
      const key = await delivered('xclaim-busy', 1);
      expect(await context.service().xclaim(key, 'g', 'b', 60_000, '1-0')).toEqual([]);
    });

    it('should resolve IDs with justid and set the retry count', async () => {
      const key = await delivered('xclaim-justid', 1);
      const ids = await context.service().xclaim(key, 'g', 'b', 0, '1-0', { justid: true, retrycount: 5 });
      const [entry] = await context.service().xpending(key, 'g', { count: 1 });
      expect([ids, entry?.consumer, entry?.deliveries]).toEqual([['1-0'], 'b', 5]);
    });

    it('should reject idle together with time with INVALID_ARGUMENT', async () => {
      const claim = context.service().xclaim(context.key('xc'), 'g', 'b', 0, '1-0', { idle: 1, time: 1 });
      await expect(claim).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    });

    it('should reject an empty ID list with INVALID_ARGUMENT', async () => {
      await expect(context.service().xclaim(context.key('xc'), 'g', 'b', 0, [])).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('.xautoclaim', () => {
    describe('having consumer a crash after reading three entries', () => {
      let key: string;
      let recovered: XAutoClaimResult;
      let rest: XAutoClaimResult;

      beforeAll(async () => {
        key = await delivered('xautoclaim', 3);
        await context.service().xdel(key, '2-0');
        await sleep(50);
        recovered = await context.service().xautoclaim(key, 'g', 'b', 40, '0-0', { count: 2 });
        rest = await context.service().xautoclaim(key, 'g', 'b', 40, recovered.next);
      });

      it('should claim the first page and report the deleted entry', () => {
        expect(recovered).toEqual({
          next: '3-0',
          entries: [{ id: '1-0', fields: { n: '1' } }],
          deleted: ['2-0'],
        });
      });

      it("should claim the rest from next and end with '0-0'", () => {
        expect(rest).toEqual({ next: '0-0', entries: [{ id: '3-0', fields: { n: '3' } }], deleted: [] });
      });

      it('should leave the entries pending for b, the deleted one gone', async () => {
        expect(await context.service().xpending(key, 'g')).toMatchObject({
          count: 2,
          consumers: [{ name: 'b', pending: 2 }],
        });
      });

      it('should let b acknowledge them', async () => {
        expect(await context.service().xack(key, 'g', ['1-0', '3-0'])).toBe(2);
      });
    });

    it('should resolve the IDs with justid', async () => {
      const key = await delivered('xautoclaim-justid', 1);
      expect(await context.service().xautoclaim(key, 'g', 'b', 0, '0', { justid: true })).toEqual({
        next: '0-0',
        ids: ['1-0'],
        deleted: [],
      });
    });

    it('should work on the prefixed key (read back without the prefix service)', async () => {
      const key = await delivered('xautoclaim-prefix', 1);
      await context.service().xautoclaim(key, 'g', 'b', 0, '0');
      const raw: IRedisService = await context.createService({ keyPrefix: '' });
      expect((await raw.xpending(`${context.keyPrefix}${key}`, 'g')).consumers).toEqual([
        { name: 'b', pending: 1 },
      ]);
    });

    it('should reject a missing group with SERVER_ERROR', async () => {
      const key = context.key('xautoclaim-nogroup');
      await context.service().xadd(key, { f: 'v' });
      expect(await errorCodeOf(context.service().xautoclaim(key, 'nope', 'b', 0, '0'))).toBe('SERVER_ERROR');
    });
  });
}
