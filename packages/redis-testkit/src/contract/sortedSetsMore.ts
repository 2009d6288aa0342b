import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService, ZAddMember } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';

const scores: readonly ZAddMember[] = [
  { member: 'a', score: 1 },
  { member: 'b', score: 2 },
  { member: 'c', score: Number.POSITIVE_INFINITY },
];

/**
 * ZMSCORE, ZRANDMEMBER and ZMPOP (Redis 6.2/7.0), ZMPOP queued too (its key comes back without the
 * prefix there as well).
 *
 * @param context - the group's context.
 */
export function describeSortedSetsMoreContract(context: ContractContext): void {
  let unprefixed: IRedisService;

  beforeAll(async () => {
    unprefixed = await context.createService({ keyPrefix: '' });
  });

  const zset = async (name: string): Promise<string> => {
    const key = context.key(name);
    await context.service().zadd(key, scores);
    return key;
  };

  describe('.zmscore', () => {
    it('should resolve each score in order, null for a non-member, Infinity for inf', async () => {
      expect(await context.service().zmscore(await zset('zmscore'), ['b', 'z', 'c'])).toEqual([
        2,
        null,
        Number.POSITIVE_INFINITY,
      ]);
    });

    it('should reject an empty list with INVALID_ARGUMENT', async () => {
      await expect(context.service().zmscore(context.key('zmscore-empty'), [])).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('.zrandmember', () => {
    it('should resolve one of the members', async () => {
      expect(['a', 'b', 'c']).toContain(await context.service().zrandmember(await zset('zrandmember')));
    });

    it('should resolve null for a missing key', async () => {
      expect(await context.service().zrandmember(context.key('zrandmember-missing'))).toBeNull();
    });

    it('should resolve distinct members for a positive count', async () => {
      const members = await context.service().zrandmember(await zset('zrandmember-count'), 5);
      expect([...members].sort()).toEqual(['a', 'b', 'c']);
    });

    it('should allow repeats for a negative count', async () => {
      expect(await context.service().zrandmember(await zset('zrandmember-repeat'), -7)).toHaveLength(7);
    });

    it('should reject a fractional count with INVALID_ARGUMENT', async () => {
      await expect(context.service().zrandmember(context.key('zrandmember-bad'), 1.5)).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('.zrandmemberWithScores', () => {
    it('should resolve members with their scores', async () => {
      const members = await context.service().zrandmemberWithScores(await zset('zrandmember-scores'), 3);
      expect([...members].sort((x, y) => x.score - y.score)).toEqual(scores);
    });
  });

  describe('.zmpop', () => {
    it('should pop from the first non-empty set, key without prefix', async () => {
      const tag = context.hashTag('zmpop');
      await context.service().zadd(`${tag}:b`, scores);
      expect(await context.service().zmpop([`${tag}:a`, `${tag}:b`], 'MIN', { count: 2 })).toEqual({
        key: `${tag}:b`,
        members: [
          { member: 'a', score: 1 },
          { member: 'b', score: 2 },
        ],
      });
    });

    it('should pop the highest with MAX, one by default', async () => {
      expect(await context.service().zmpop(await zset('zmpop-max'), 'MAX')).toMatchObject({
        members: [{ member: 'c', score: Number.POSITIVE_INFINITY }],
      });
    });

    it('should remove what it popped from the prefixed key', async () => {
      const key = await zset('zmpop-removed');
      await context.service().zmpop(key, 'MIN');
      expect(await unprefixed.zrange(`${context.keyPrefix}${key}`, 0, -1)).toEqual(['b', 'c']);
    });

    it('should resolve null when every set is empty', async () => {
      expect(await context.service().zmpop(context.key('zmpop-none'), 'MIN')).toBeNull();
    });

    it('should reject a count of 0 with INVALID_ARGUMENT', async () => {
      await expect(
        context.service().zmpop(context.key('zmpop-zero'), 'MIN', { count: 0 }),
      ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    });

    it('should reject a side other than MIN or MAX with INVALID_ARGUMENT', async () => {
      await expect(context.service().zmpop(context.key('zmpop-side'), 'LOW' as 'MIN')).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });

    describe('having it queued on a pipeline', () => {
      it('should resolve the key without prefix', async () => {
        const key = await zset('zmpop-pipeline');
        const [result] = await context.service().pipeline().zmpop(key, 'MIN').exec();
        expect(result).toEqual({ ok: true, value: { key, members: [{ member: 'a', score: 1 }] } });
      });
    });

    describe('having it queued in a transaction', () => {
      it('should resolve the key without prefix', async () => {
        const key = await zset('zmpop-transaction');
        const { results } = await context.service().transaction([key], (tx) => {
          tx.zmpop(key, 'MAX');
        });
        expect(results[0]).toEqual({
          ok: true,
          value: { key, members: [{ member: 'c', score: Number.POSITIVE_INFINITY }] },
        });
      });
    });
  });
}
