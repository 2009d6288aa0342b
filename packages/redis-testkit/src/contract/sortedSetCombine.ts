import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';

/**
 * ZUNION, ZINTER, ZDIFF, their STORE forms and ZINTERCARD over two sets in one hash slot, written
 * through a service without prefix (so reading them proves the keys are prefixed).
 *
 * @param context - the group's context.
 */
export function describeSortedSetCombineContract(context: ContractContext): void {
  let unprefixed: IRedisService;
  let tag: string;
  let first: string;
  let second: string;
  const raw = (key: string): string => `${context.keyPrefix}${key}`;

  beforeAll(async () => {
    unprefixed = await context.createService({ keyPrefix: '' });
    tag = context.hashTag('combine');
    [first, second] = [`${tag}:first`, `${tag}:second`];
    await unprefixed.zadd(raw(first), [
      { member: 'a', score: 1 },
      { member: 'b', score: 2 },
      { member: 'c', score: 3 },
    ]);
    await unprefixed.zadd(raw(second), [
      { member: 'b', score: 10 },
      { member: 'c', score: 20 },
      { member: 'd', score: 30 },
    ]);
  });

  describe('.zunion', () => {
    it('should resolve every member by combined score', async () => {
      expect(await context.service().zunion([first, second])).toEqual(['a', 'b', 'c', 'd']);
    });
  });

  describe('.zunionWithScores', () => {
    it('should apply weights and aggregate', async () => {
      expect(
        await context.service().zunionWithScores([first, second], { weights: [10, 1], aggregate: 'MAX' }),
      ).toEqual([
        { member: 'a', score: 10 },
        { member: 'b', score: 20 },
        { member: 'c', score: 30 },
        { member: 'd', score: 30 },
      ]);
    });

    it('should reject weights of the wrong length with INVALID_ARGUMENT', async () => {
      await expect(
        context.service().zunionWithScores([first, second], { weights: [1] }),
      ).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('.zinter', () => {
    it('should resolve the members in every set', async () => {
      expect(await context.service().zinter([first, second])).toEqual(['b', 'c']);
    });

    it('should reject an empty key list with INVALID_ARGUMENT', async () => {
      await expect(context.service().zinter([])).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    });
  });

  describe('.zinterWithScores', () => {
    it('should sum the scores by default', async () => {
      expect(await context.service().zinterWithScores([first, second])).toEqual([
        { member: 'b', score: 12 },
        { member: 'c', score: 23 },
      ]);
    });
  });

  describe('.zdiff', () => {
    it('should resolve the members of the first set only', async () => {
      expect(await context.service().zdiff([first, second])).toEqual(['a']);
    });
  });

  describe('.zdiffWithScores', () => {
    it('should resolve them with their scores in the first set', async () => {
      expect(await context.service().zdiffWithScores([second, first])).toEqual([{ member: 'd', score: 30 }]);
    });
  });

  describe('.zunionstore', () => {
    it('should store the union under the prefixed destination', async () => {
      const destination = `${tag}:union`;
      expect(await context.service().zunionstore(destination, [first, second], { aggregate: 'MIN' })).toBe(4);
      expect(await unprefixed.zscore(raw(destination), 'c')).toBe(3);
    });
  });

  describe('.zinterstore', () => {
    it('should store the weighted intersection', async () => {
      const destination = `${tag}:inter`;
      expect(await context.service().zinterstore(destination, [first, second], { weights: [2, 0] })).toBe(2);
      expect(await unprefixed.zrangeWithScores(raw(destination), 0, -1)).toEqual([
        { member: 'b', score: 4 },
        { member: 'c', score: 6 },
      ]);
    });
  });

  describe('.zdiffstore', () => {
    it('should store the difference', async () => {
      const destination = `${tag}:diff`;
      expect(await context.service().zdiffstore(destination, [second, first])).toBe(1);
      expect(await unprefixed.zrange(raw(destination), 0, -1)).toEqual(['d']);
    });
  });

  describe('.zintercard', () => {
    it('should count the intersection', async () => {
      expect(await context.service().zintercard([first, second])).toBe(2);
    });

    it('should stop at the limit', async () => {
      expect(await context.service().zintercard([first, second], { limit: 1 })).toBe(1);
    });

    it('should reject a negative limit with INVALID_ARGUMENT', async () => {
      await expect(context.service().zintercard([first], { limit: -1 })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });
}
