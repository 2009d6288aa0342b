import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';

const members = ['a', 'b', 'c', 'd', 'e'];

/**
 * Lexicographic ranges (members of one score) and ZRANGESTORE, read back through a service without
 * prefix to prove both keys are prefixed.
 *
 * @param context - the group's context.
 */
export function describeSortedSetLexContract(context: ContractContext): void {
  let unprefixed: IRedisService;
  const lexSet = async (name: string): Promise<string> => {
    const key = context.key(name);
    await context.service().zadd(
      key,
      members.map((member) => ({ member, score: 0 })),
    );
    return key;
  };

  beforeAll(async () => {
    unprefixed = await context.createService({ keyPrefix: '' });
  });

  describe('.zrangebylex', () => {
    it('should resolve the members between inclusive and exclusive bounds', async () => {
      expect(await context.service().zrangebylex(await lexSet('lex'), '[b', '(d')).toEqual(['b', 'c']);
    });

    it('should keep (min, max) and go from the highest with rev', async () => {
      expect(await context.service().zrangebylex(await lexSet('lex-rev'), '-', '[c', { rev: true })).toEqual([
        'c',
        'b',
        'a',
      ]);
    });

    it('should page with limit', async () => {
      const page = await context
        .service()
        .zrangebylex(await lexSet('lex-limit'), '-', '+', { limit: { offset: 1, count: 2 } });
      expect(page).toEqual(['b', 'c']);
    });

    it('should reject a bound without [ or ( with INVALID_ARGUMENT', async () => {
      await expect(
        context.service().zrangebylex(context.key('lex-bad'), 'b' as '[b', '+'),
      ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    });
  });

  describe('.zlexcount', () => {
    it('should count the members in range', async () => {
      expect(await context.service().zlexcount(await lexSet('lexcount'), '(a', '+')).toBe(4);
    });
  });

  describe('.zremrangebylex', () => {
    it('should remove the members in range', async () => {
      const key = await lexSet('lexrem');
      expect(await context.service().zremrangebylex(key, '[b', '[d')).toBe(3);
      expect(await context.service().zrange(key, 0, -1)).toEqual(['a', 'e']);
    });
  });

  describe('.zrangestore', () => {
    const keys = (name: string): readonly [string, string] => {
      const tag = context.hashTag(name);
      return [`${tag}:dst`, `${tag}:src`];
    };
    const stored = (key: string): Promise<string[]> => unprefixed.zrange(`${context.keyPrefix}${key}`, 0, -1);

    it('should store a rank range under the prefixed destination', async () => {
      const [dst, src] = keys('zrangestore');
      await context.service().zadd(src, [
        { member: 'x', score: 1 },
        { member: 'y', score: 2 },
        { member: 'z', score: 3 },
      ]);
      expect(await context.service().zrangestore(dst, src, 0, 1, { rev: true })).toBe(2);
      expect(await stored(dst)).toEqual(['y', 'z']);
    });

    it('should store a score range with limit', async () => {
      const [dst, src] = keys('zrangestore-score');
      await context.service().zadd(src, [
        { member: 'x', score: 1 },
        { member: 'y', score: 2 },
        { member: 'z', score: 3 },
      ]);
      await context
        .service()
        .zrangestore(dst, src, '(1', '+inf', { by: 'SCORE', limit: { offset: 0, count: 1 } });
      expect(await stored(dst)).toEqual(['y']);
    });

    it('should store a lex range', async () => {
      const [dst, src] = keys('zrangestore-lex');
      await unprefixed.zadd(
        `${context.keyPrefix}${src}`,
        members.map((member) => ({ member, score: 0 })),
      );
      await context.service().zrangestore(dst, src, '[c', '+', { by: 'LEX' });
      expect(await stored(dst)).toEqual(['c', 'd', 'e']);
    });

    it('should reject limit by rank with INVALID_ARGUMENT', async () => {
      const [dst, src] = keys('zrangestore-bad');
      await expect(
        context.service().zrangestore(dst, src, 0, 1, { limit: { offset: 0, count: 1 } } as never),
      ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    });
  });
}
