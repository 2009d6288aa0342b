import { beforeAll, describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';

/**
 * Set commands; those over several sets use keys with one hash tag.
 *
 * @param context - the group's context.
 */
export function describeSetsContract(context: ContractContext): void {
  const set = async (key: string, members: readonly string[]): Promise<string> => {
    await context.service().sadd(key, members);
    return key;
  };
  const sorted = (members: string[]): string[] => members.sort();

  describe('.sadd', () => {
    it('should count only new members', async () => {
      const key = await set(context.key('sadd'), ['a']);
      expect(await context.service().sadd(key, ['a', 'b', 3])).toBe(2);
    });
  });

  describe('.srem', () => {
    it('should count the members removed', async () => {
      const key = await set(context.key('srem'), ['a', 'b']);
      expect(await context.service().srem(key, ['a', 'z'])).toBe(1);
    });
  });

  describe('.smembers', () => {
    it('should resolve every member', async () => {
      const key = await set(context.key('smembers'), ['b', 'a', 'c']);
      expect(sorted(await context.service().smembers(key))).toEqual(['a', 'b', 'c']);
    });
  });

  describe('.sismember', () => {
    it('should resolve true for a member', async () => {
      expect(await context.service().sismember(await set(context.key('sismember'), ['a']), 'a')).toBe(true);
    });
  });

  describe('.smismember', () => {
    it('should resolve one boolean per member, in order', async () => {
      const key = await set(context.key('smismember'), ['a', 'c']);
      expect(await context.service().smismember(key, ['a', 'b', 'c'])).toEqual([true, false, true]);
    });
  });

  describe('.scard', () => {
    it('should resolve the number of members', async () => {
      expect(await context.service().scard(await set(context.key('scard'), ['a', 'b']))).toBe(2);
    });
  });

  describe('.spop', () => {
    it('should remove and resolve a member', async () => {
      const key = await set(context.key('spop'), ['only']);
      expect([await context.service().spop(key), await context.service().scard(key)]).toEqual(['only', 0]);
    });

    it('should resolve up to count members', async () => {
      const key = await set(context.key('spop-count'), ['a', 'b', 'c']);
      expect(sorted(await context.service().spop(key, 5))).toEqual(['a', 'b', 'c']);
    });

    it('should resolve null for an empty set', async () => {
      expect(await context.service().spop(context.key('spop-empty'))).toBeNull();
    });
  });

  describe('.srandmember', () => {
    it('should resolve a member without removing it', async () => {
      const key = await set(context.key('srandmember'), ['only']);
      expect([await context.service().srandmember(key), await context.service().scard(key)]).toEqual([
        'only',
        1,
      ]);
    });

    it('should resolve null for an empty set', async () => {
      expect(await context.service().srandmember(context.key('srandmember-empty'))).toBeNull();
    });
  });

  describe('.smove', () => {
    it('should move the member to a set with the same hash tag', async () => {
      const tag = context.hashTag('smove');
      await set(`${tag}:src`, ['a', 'b']);
      await context.service().smove(`${tag}:src`, `${tag}:dst`, 'a');
      expect(await context.service().smembers(`${tag}:dst`)).toEqual(['a']);
    });

    it('should resolve false when the member is not in the source', async () => {
      const tag = context.hashTag('smove-none');
      await set(`${tag}:src`, ['a']);
      expect(await context.service().smove(`${tag}:src`, `${tag}:dst`, 'z')).toBe(false);
    });
  });

  describe('having sets {a, b, c} and {b, c, d} with one hash tag', () => {
    let tag: string;
    let sets: string[];

    beforeAll(async () => {
      tag = context.hashTag('algebra');
      sets = [await set(`${tag}:1`, ['a', 'b', 'c']), await set(`${tag}:2`, ['b', 'c', 'd'])];
    });

    describe('.sinter', () => {
      it('should resolve the common members', async () => {
        expect(sorted(await context.service().sinter(sets))).toEqual(['b', 'c']);
      });
    });

    describe('.sunion', () => {
      it('should resolve every member', async () => {
        expect(sorted(await context.service().sunion(sets))).toEqual(['a', 'b', 'c', 'd']);
      });
    });

    describe('.sdiff', () => {
      it('should resolve the members of the first set only', async () => {
        expect(await context.service().sdiff(sets)).toEqual(['a']);
      });
    });

    describe('.sinterstore', () => {
      it('should store the intersection', async () => {
        await context.service().sinterstore(`${tag}:inter`, sets);
        expect(sorted(await context.service().smembers(`${tag}:inter`))).toEqual(['b', 'c']);
      });
    });

    describe('.sunionstore', () => {
      it('should resolve the size of the union', async () => {
        expect(await context.service().sunionstore(`${tag}:union`, sets)).toBe(4);
      });
    });

    describe('.sdiffstore', () => {
      it('should resolve the size of the difference', async () => {
        expect(await context.service().sdiffstore(`${tag}:diff`, sets)).toBe(1);
      });
    });
  });
}
