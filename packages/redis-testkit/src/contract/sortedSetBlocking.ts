import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { sleep } from './sleep.js';

/**
 * BZPOPMIN, BZPOPMAX, BZMPOP: on a dedicated connection, resolving with what another client adds,
 * the key without prefix.
 *
 * @param context - the group's context.
 */
export function describeSortedSetBlockingContract(context: ContractContext): void {
  let writer: IRedisService;

  beforeAll(async () => {
    writer = await context.createService();
  });

  describe('.bzpopmin', () => {
    describe('having another service add while it waits', () => {
      it('should resolve the key, without prefix, the lowest member and its score', async () => {
        const key = context.key('bzpopmin-add');
        const popped = context.service().bzpopmin(key, 10);
        await sleep(200);
        await writer.zadd(key, [
          { member: 'low', score: 1 },
          { member: 'high', score: 2 },
        ]);
        expect(await popped).toEqual({ key, member: 'low', score: 1 });
      });
    });

    describe('having several sets with one hash tag', () => {
      it('should pop from the first non-empty one without waiting', async () => {
        const tag = context.hashTag('bzpopmin-keys');
        await context.service().zadd(`${tag}:b`, { member: 'm', score: Number.NEGATIVE_INFINITY });
        expect(await context.service().bzpopmin([`${tag}:a`, `${tag}:b`], 1)).toEqual({
          key: `${tag}:b`,
          member: 'm',
          score: Number.NEGATIVE_INFINITY,
        });
      });
    });

    it('should resolve null at the timeout', async () => {
      expect(await context.service().bzpopmin(context.key('bzpopmin-timeout'), 0.2)).toBeNull();
    });

    it('should reject a negative timeout with INVALID_ARGUMENT', async () => {
      await expect(context.service().bzpopmin(context.key('bzpopmin-bad'), -1)).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('.bzpopmax', () => {
    it('should pop the highest member', async () => {
      const key = context.key('bzpopmax');
      await context.service().zadd(key, [
        { member: 'low', score: 1 },
        { member: 'high', score: 2 },
      ]);
      expect(await context.service().bzpopmax(key, 1)).toEqual({ key, member: 'high', score: 2 });
    });
  });

  describe('.bzmpop', () => {
    describe('having another service add while it waits', () => {
      it('should resolve the key, without prefix, and the popped members', async () => {
        const key = context.key('bzmpop-add');
        const popped = context.service().bzmpop(key, 'MAX', 10, { count: 2 });
        await sleep(200);
        await writer.zadd(key, [
          { member: 'a', score: 1 },
          { member: 'b', score: 2 },
          { member: 'c', score: 3 },
        ]);
        expect(await popped).toEqual({
          key,
          members: [
            { member: 'c', score: 3 },
            { member: 'b', score: 2 },
          ],
        });
      });
    });

    it('should resolve null at the timeout', async () => {
      expect(await context.service().bzmpop(context.key('bzmpop-timeout'), 'MIN', 0.2)).toBeNull();
    });

    it('should not be queueable on a pipeline', () => {
      expect((context.service().pipeline() as unknown as Record<string, unknown>).bzmpop).toBeUndefined();
    });
  });
}
