import { describe, expect, it } from 'vitest';
import type { ZAddMember } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';

const scores: readonly ZAddMember[] = [
  { member: 'a', score: 1 },
  { member: 'b', score: 2 },
  { member: 'c', score: 3 },
  { member: 'd', score: 4.5 },
];

/**
 * Sorted set commands other than range queries.
 *
 * @param context - the group's context.
 */
export function describeSortedSetsContract(context: ContractContext): void {
  const zset = async (name: string): Promise<string> => {
    const key = context.key(name);
    await context.service().zadd(key, scores);
    return key;
  };

  describe('.zadd', () => {
    it('should resolve how many members were added', async () => {
      const key = await zset('zadd');
      expect(
        await context.service().zadd(key, [
          { member: 'a', score: 9 },
          { member: 'e', score: 5 },
        ]),
      ).toBe(1);
    });

    it('should count changed members too with ch', async () => {
      const key = await zset('zadd-ch');
      expect(await context.service().zadd(key, [{ member: 'a', score: 9 }], { ch: true })).toBe(1);
    });

    it('should not update existing members with NX', async () => {
      const key = await zset('zadd-nx');
      await context.service().zadd(key, { member: 'a', score: 100 }, { condition: 'NX' });
      expect(await context.service().zscore(key, 'a')).toBe(1);
    });

    it('should only raise scores with GT', async () => {
      const key = await zset('zadd-gt');
      await context.service().zadd(
        key,
        [
          { member: 'a', score: 0 },
          { member: 'b', score: 7 },
        ],
        { comparison: 'GT' },
      );
      expect([await context.service().zscore(key, 'a'), await context.service().zscore(key, 'b')]).toEqual([
        1, 7,
      ]);
    });

    it('should accept infinite scores', async () => {
      const key = context.key('zadd-inf');
      await context.service().zadd(key, { member: 'top', score: Number.POSITIVE_INFINITY });
      expect(await context.service().zscore(key, 'top')).toBe(Number.POSITIVE_INFINITY);
    });
  });

  describe('.zincrby', () => {
    it('should resolve the new score', async () => {
      expect(await context.service().zincrby(await zset('zincrby'), 0.5, 'd')).toBe(5);
    });
  });

  describe('.zscore', () => {
    it('should resolve a fractional score as a number', async () => {
      expect(await context.service().zscore(await zset('zscore'), 'd')).toBe(4.5);
    });

    it('should resolve null for a non-member', async () => {
      expect(await context.service().zscore(await zset('zscore-none'), 'z')).toBeNull();
    });
  });

  describe('.zrank', () => {
    it('should resolve the rank by ascending score', async () => {
      expect(await context.service().zrank(await zset('zrank'), 'c')).toBe(2);
    });

    it('should resolve null for a non-member', async () => {
      expect(await context.service().zrank(await zset('zrank-none'), 'z')).toBeNull();
    });
  });

  describe('.zrevrank', () => {
    it('should resolve the rank by descending score', async () => {
      expect(await context.service().zrevrank(await zset('zrevrank'), 'c')).toBe(1);
    });
  });

  describe('.zcard', () => {
    it('should resolve the number of members', async () => {
      expect(await context.service().zcard(await zset('zcard'))).toBe(4);
    });
  });

  describe('.zcount', () => {
    it('should count members in range, with an exclusive bound', async () => {
      expect(await context.service().zcount(await zset('zcount'), '(1', 3)).toBe(2);
    });
  });

  describe('.zrem', () => {
    it('should count the members removed', async () => {
      expect(await context.service().zrem(await zset('zrem'), ['a', 'z'])).toBe(1);
    });
  });

  describe('.zremrangebyscore', () => {
    it('should remove the members in the score range', async () => {
      const key = await zset('zremrangebyscore');
      await context.service().zremrangebyscore(key, '-inf', 2);
      expect(await context.service().zrange(key, 0, -1)).toEqual(['c', 'd']);
    });
  });

  describe('.zremrangebyrank', () => {
    it('should remove the members in the rank range', async () => {
      const key = await zset('zremrangebyrank');
      await context.service().zremrangebyrank(key, -2, -1);
      expect(await context.service().zrange(key, 0, -1)).toEqual(['a', 'b']);
    });
  });

  describe('.zpopmin', () => {
    it('should remove and resolve the lowest members with their scores', async () => {
      expect(await context.service().zpopmin(await zset('zpopmin'), 2)).toEqual([
        { member: 'a', score: 1 },
        { member: 'b', score: 2 },
      ]);
    });

    it('should resolve [] for a missing key', async () => {
      expect(await context.service().zpopmin(context.key('zpopmin-missing'))).toEqual([]);
    });
  });

  describe('.zpopmax', () => {
    it('should remove and resolve the highest member by default', async () => {
      expect(await context.service().zpopmax(await zset('zpopmax'))).toEqual([{ member: 'd', score: 4.5 }]);
    });
  });
}
