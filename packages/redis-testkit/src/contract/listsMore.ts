import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { errorCodeOf } from './errorCodeOf.js';
import { junk } from './junk.js';

/**
 * The Redis 7.0 list commands that do not block: LPUSHX, RPUSHX, LINSERT, LPOS, LMPOP; and the list
 * members queued on pipelines and transactions.
 *
 * @param context - the group's context.
 */
export function describeListsMoreContract(context: ContractContext): void {
  let unprefixed: IRedisService;

  beforeAll(async () => {
    unprefixed = await context.createService({ keyPrefix: '' });
  });

  const list = async (name: string, values: readonly string[]): Promise<string> => {
    const key = context.key(name);
    await context.service().rpush(key, values);
    return key;
  };

  describe('.lpushx', () => {
    it('should push to the head of an existing list', async () => {
      const key = await list('lpushx', ['a']);
      await context.service().lpushx(key, ['b', 'c']);
      expect(await context.service().lrange(key, 0, -1)).toEqual(['c', 'b', 'a']);
    });

    it('should resolve 0 and create nothing for a missing key', async () => {
      const key = context.key('lpushx-missing');
      const length = await context.service().lpushx(key, 'a');
      expect([length, await context.service().exists(key)]).toEqual([0, 0]);
    });
  });

  describe('.rpushx', () => {
    it('should push to the tail of an existing list and resolve the new length', async () => {
      const key = await list('rpushx', ['a']);
      const length = await context.service().rpushx(key, ['b', 3]);
      expect([length, ...(await context.service().lrange(key, 0, -1))]).toEqual([3, 'a', 'b', '3']);
    });

    it('should reject an empty list of values with INVALID_ARGUMENT', async () => {
      await expect(context.service().rpushx(context.key('rpushx-empty'), [])).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('.linsert', () => {
    it('should insert before the pivot', async () => {
      const key = await list('linsert-before', ['a', 'c']);
      expect(await context.service().linsert(key, 'BEFORE', 'c', 'b')).toBe(3);
      expect(await context.service().lrange(key, 0, -1)).toEqual(['a', 'b', 'c']);
    });

    it('should insert after the pivot', async () => {
      const key = await list('linsert-after', ['a', 'c']);
      await context.service().linsert(key, 'AFTER', 'a', 'b');
      expect(await context.service().lrange(key, 0, -1)).toEqual(['a', 'b', 'c']);
    });

    it('should resolve -1 when the pivot is missing', async () => {
      expect(await context.service().linsert(await list('linsert-none', ['a']), 'AFTER', 'x', 'b')).toBe(-1);
    });

    it('should reject another position with INVALID_ARGUMENT', async () => {
      const key = await list('linsert-bad', ['a']);
      await expect(context.service().linsert(key, junk('MIDDLE'), 'a', 'b')).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('.lpos', () => {
    it('should resolve the index of the first match', async () => {
      expect(await context.service().lpos(await list('lpos', ['a', 'x', 'b', 'x']), 'x')).toBe(1);
    });

    it('should resolve the rank-th match, from the tail when negative', async () => {
      const key = await list('lpos-rank', ['x', 'a', 'x', 'x']);
      const found = [
        await context.service().lpos(key, 'x', { rank: 2 }),
        await context.service().lpos(key, 'x', { rank: -1 }),
      ];
      expect(found).toEqual([2, 3]);
    });

    it('should resolve a list of indexes with count', async () => {
      const key = await list('lpos-count', ['x', 'a', 'x', 'x']);
      expect(await context.service().lpos(key, 'x', { count: 0 })).toEqual([0, 2, 3]);
    });

    it('should look at maxlen elements only', async () => {
      const key = await list('lpos-maxlen', ['a', 'b', 'x']);
      expect(await context.service().lpos(key, 'x', { maxlen: 2 })).toBeNull();
    });

    it('should resolve [] with count when nothing matches', async () => {
      expect(await context.service().lpos(context.key('lpos-missing'), 'x', { count: 2 })).toEqual([]);
    });

    it('should reject a rank of 0 with INVALID_ARGUMENT', async () => {
      const key = await list('lpos-rank0', ['x']);
      await expect(context.service().lpos(key, 'x', { rank: 0 })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('.lmpop', () => {
    it('should pop from the first non-empty list, key without prefix', async () => {
      const tag = context.hashTag('lmpop');
      await context.service().rpush(`${tag}:b`, ['1', '2', '3']);
      const popped = await context.service().lmpop([`${tag}:a`, `${tag}:b`], 'RIGHT', 2);
      expect(popped).toEqual({ key: `${tag}:b`, elements: ['3', '2'] });
    });

    it('should pop one element from the head without count', async () => {
      const key = await list('lmpop-one', ['1', '2']);
      expect(await context.service().lmpop(key, 'LEFT')).toEqual({ key, elements: ['1'] });
    });

    it('should resolve null when every list is empty', async () => {
      const tag = context.hashTag('lmpop-empty');
      expect(await context.service().lmpop([`${tag}:a`, `${tag}:b`], 'LEFT')).toBeNull();
    });

    it('should read the prefixed key', async () => {
      const key = context.key('lmpop-prefix');
      await unprefixed.rpush(`${context.keyPrefix}${key}`, 'v');
      expect(await context.service().lmpop(key, 'LEFT')).toEqual({ key, elements: ['v'] });
    });

    it('should reject no key or a count of 0 with INVALID_ARGUMENT', async () => {
      const codes = [
        await errorCodeOf(context.service().lmpop([], 'LEFT')),
        await errorCodeOf(context.service().lmpop(context.key('lmpop-zero'), 'LEFT', 0)),
      ];
      expect(codes).toEqual(['INVALID_ARGUMENT', 'INVALID_ARGUMENT']);
    });

    describe('having it queued in a pipeline', () => {
      it('should resolve the key without prefix', async () => {
        const key = await list('lmpop-pipeline', ['a', 'b']);
        const [result] = await context.service().pipeline().lmpop(key, 'LEFT', 5).exec();
        expect(result).toEqual({ ok: true, value: { key, elements: ['a', 'b'] } });
      });
    });
  });
}
