import { beforeAll, describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';

/**
 * Sorted set range queries, by rank and by score, on one set written once.
 *
 * @param context - the group's context.
 */
export function describeSortedSetRangesContract(context: ContractContext): void {
  let key: string;

  beforeAll(async () => {
    key = context.key('ranges');
    await context.service().zadd(key, [
      { member: 'a', score: 1 },
      { member: 'b', score: 2 },
      { member: 'c', score: 3 },
      { member: 'd', score: 4.5 },
    ]);
  });

  describe('.zrange', () => {
    it('should resolve members by ascending score', async () => {
      expect(await context.service().zrange(key, 0, -1)).toEqual(['a', 'b', 'c', 'd']);
    });

    it('should rank from the highest score with rev', async () => {
      expect(await context.service().zrange(key, 0, 1, { rev: true })).toEqual(['d', 'c']);
    });

    it('should resolve [] for a missing key', async () => {
      expect(await context.service().zrange(context.key('zrange-missing'), 0, -1)).toEqual([]);
    });
  });

  describe('.zrangeWithScores', () => {
    it('should resolve members with their scores', async () => {
      expect(await context.service().zrangeWithScores(key, -2, -1)).toEqual([
        { member: 'c', score: 3 },
        { member: 'd', score: 4.5 },
      ]);
    });
  });

  describe('.zrangebyscore', () => {
    it('should resolve members in the score range', async () => {
      expect(await context.service().zrangebyscore(key, 2, '+inf')).toEqual(['b', 'c', 'd']);
    });

    it('should exclude a bound given as (n', async () => {
      expect(await context.service().zrangebyscore(key, '(1', '(3')).toEqual(['b']);
    });

    it('should keep (min, max) and go from the highest with rev', async () => {
      expect(await context.service().zrangebyscore(key, 2, 4.5, { rev: true })).toEqual(['d', 'c', 'b']);
    });

    it('should page with limit', async () => {
      const page = await context
        .service()
        .zrangebyscore(key, '-inf', '+inf', { limit: { offset: 1, count: 2 } });
      expect(page).toEqual(['b', 'c']);
    });
  });

  describe('.zrangebyscoreWithScores', () => {
    it('should resolve members with their scores, highest first with rev', async () => {
      expect(await context.service().zrangebyscoreWithScores(key, 3, '+inf', { rev: true })).toEqual([
        { member: 'd', score: 4.5 },
        { member: 'c', score: 3 },
      ]);
    });
  });
}
