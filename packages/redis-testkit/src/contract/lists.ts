import { describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';
import { errorCodeOf } from './errorCodeOf.js';
import { junk } from './junk.js';

/**
 * List commands (non-blocking).
 *
 * @param context - the group's context.
 */
export function describeListsContract(context: ContractContext): void {
  const list = async (name: string, values: readonly string[]): Promise<string> => {
    const key = context.key(name);
    await context.service().rpush(key, values);
    return key;
  };

  describe('.lpush', () => {
    it('should push each value to the head in turn', async () => {
      const key = context.key('lpush');
      await context.service().lpush(key, ['a', 'b', 'c']);
      expect(await context.service().lrange(key, 0, -1)).toEqual(['c', 'b', 'a']);
    });
  });

  describe('.rpush', () => {
    it('should resolve the new length', async () => {
      const key = await list('rpush', ['a']);
      expect(await context.service().rpush(key, ['b', 3])).toBe(3);
    });
  });

  describe('.lpop', () => {
    it('should resolve the head element', async () => {
      expect(await context.service().lpop(await list('lpop', ['a', 'b']))).toBe('a');
    });

    it('should resolve up to count elements', async () => {
      expect(await context.service().lpop(await list('lpop-count', ['a', 'b', 'c']), 2)).toEqual(['a', 'b']);
    });

    it('should resolve null for an empty list', async () => {
      expect(await context.service().lpop(context.key('lpop-empty'))).toBeNull();
    });

    it('should resolve [] for an empty list with a count', async () => {
      expect(await context.service().lpop(context.key('lpop-empty-count'), 3)).toEqual([]);
    });

    it('should reject a fractional count with INVALID_ARGUMENT', async () => {
      await expect(context.service().lpop(context.key('lpop-fraction'), 1.5)).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('.rpop', () => {
    it('should resolve the tail element', async () => {
      expect(await context.service().rpop(await list('rpop', ['a', 'b']))).toBe('b');
    });

    it('should resolve up to count elements, from the tail', async () => {
      expect(await context.service().rpop(await list('rpop-count', ['a', 'b', 'c']), 5)).toEqual([
        'c',
        'b',
        'a',
      ]);
    });
  });

  describe('.llen', () => {
    it('should resolve the length', async () => {
      expect(await context.service().llen(await list('llen', ['a', 'b', 'c']))).toBe(3);
    });

    it('should resolve 0 for a missing key', async () => {
      expect(await context.service().llen(context.key('llen-missing'))).toBe(0);
    });
  });

  describe('.lrange', () => {
    it('should count negative indexes from the end', async () => {
      expect(await context.service().lrange(await list('lrange', ['a', 'b', 'c', 'd']), 1, -2)).toEqual([
        'b',
        'c',
      ]);
    });
  });

  describe('.lindex', () => {
    it('should resolve the element at a negative index', async () => {
      expect(await context.service().lindex(await list('lindex', ['a', 'b']), -1)).toBe('b');
    });

    it('should resolve null out of range', async () => {
      expect(await context.service().lindex(await list('lindex-out', ['a']), 5)).toBeNull();
    });
  });

  describe('.lset', () => {
    it('should replace the element', async () => {
      const key = await list('lset', ['a', 'b']);
      await context.service().lset(key, 1, 'B');
      expect(await context.service().lrange(key, 0, -1)).toEqual(['a', 'B']);
    });

    it('should reject an index out of range with SERVER_ERROR', async () => {
      const key = await list('lset-out', ['a']);
      expect(await errorCodeOf(context.service().lset(key, 9, 'x'))).toBe('SERVER_ERROR');
    });
  });

  describe('.lrem', () => {
    it('should remove count occurrences from the head', async () => {
      const key = await list('lrem', ['x', 'a', 'x', 'x']);
      const removed = await context.service().lrem(key, 2, 'x');
      expect([removed, ...(await context.service().lrange(key, 0, -1))]).toEqual([2, 'a', 'x']);
    });
  });

  describe('.ltrim', () => {
    it('should keep only the range', async () => {
      const key = await list('ltrim', ['a', 'b', 'c', 'd']);
      await context.service().ltrim(key, 1, 2);
      expect(await context.service().lrange(key, 0, -1)).toEqual(['b', 'c']);
    });
  });

  describe('.lmove', () => {
    describe('having two lists with one hash tag', () => {
      it('should move the element between the given ends', async () => {
        const tag = context.hashTag('lmove');
        await context.service().rpush(`${tag}:src`, ['a', 'b']);
        await context.service().rpush(`${tag}:dst`, ['x']);
        await context.service().lmove(`${tag}:src`, `${tag}:dst`, 'RIGHT', 'LEFT');
        expect(await context.service().lrange(`${tag}:dst`, 0, -1)).toEqual(['b', 'x']);
      });

      it('should resolve null when the source is empty', async () => {
        const tag = context.hashTag('lmove-empty');
        expect(await context.service().lmove(`${tag}:src`, `${tag}:dst`, 'LEFT', 'LEFT')).toBeNull();
      });

      it('should reject another side with INVALID_ARGUMENT, moving nothing', async () => {
        const tag = context.hashTag('lmove-side');
        await context.service().rpush(`${tag}:src`, 'a');
        const code = await errorCodeOf(
          context.service().lmove(`${tag}:src`, `${tag}:dst`, junk('UP'), 'LEFT'),
        );
        expect([code, await context.service().llen(`${tag}:src`)]).toEqual(['INVALID_ARGUMENT', 1]);
      });
    });
  });
}
