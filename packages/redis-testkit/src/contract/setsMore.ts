import { beforeAll, describe, expect, it } from 'vitest';
import type { IRedisService } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { errorCodeOf } from './errorCodeOf.js';
import { junk } from './junk.js';

/**
 * The Redis 7.0 set commands (`sintercard`, `srandmember` with a count) and the edges of the others:
 * empty lists answered without a round trip, bad arguments refused before sending, keys prefixed
 * (read back through a service without prefix).
 *
 * @param context - the group's context.
 */
export function describeSetsMoreContract(context: ContractContext): void {
  let unprefixed: IRedisService;

  beforeAll(async () => {
    unprefixed = await context.createService({ keyPrefix: '' });
  });

  const set = async (key: string, members: readonly string[]): Promise<string> => {
    await context.service().sadd(key, members);
    return key;
  };
  const sorted = (members: string[]): string[] => members.sort();

  describe('.sintercard', () => {
    describe('having sets {a, b, c} and {b, c, d} with one hash tag', () => {
      let tag: string;
      let sets: string[];

      beforeAll(async () => {
        tag = context.hashTag('sintercard');
        sets = [await set(`${tag}:1`, ['a', 'b', 'c']), await set(`${tag}:2`, ['b', 'c', 'd'])];
      });

      it('should resolve the size of the intersection', async () => {
        expect(await context.service().sintercard(sets)).toBe(2);
      });

      it('should stop counting at the limit', async () => {
        expect(await context.service().sintercard(sets, { limit: 1 })).toBe(1);
      });

      it('should count every member with a limit of 0', async () => {
        expect(await context.service().sintercard(sets, { limit: 0 })).toBe(2);
      });

      it('should resolve 0 when one of the sets is missing', async () => {
        expect(await context.service().sintercard([...sets, `${tag}:missing`])).toBe(0);
      });
    });

    it('should resolve 0 for no key', async () => {
      expect(await context.service().sintercard([])).toBe(0);
    });

    it('should read the keys under the prefix', async () => {
      const key = context.key('sintercard-prefix');
      await unprefixed.sadd(`${context.keyPrefix}${key}`, ['a', 'b']);
      expect(await context.service().sintercard([key])).toBe(2);
    });

    it('should reject a negative limit with INVALID_ARGUMENT', async () => {
      const key = context.key('sintercard-limit');
      expect(await errorCodeOf(() => context.service().sintercard([key], { limit: -1 }))).toBe(
        'INVALID_ARGUMENT',
      );
    });

    it('should reject a key that is not a string or Buffer with INVALID_ARGUMENT', async () => {
      expect(await errorCodeOf(() => context.service().sintercard([junk(1)]))).toBe('INVALID_ARGUMENT');
    });
  });

  describe('.srandmember', () => {
    describe('having the set {a, b, c}', () => {
      let key: string;

      beforeAll(async () => {
        key = await set(context.key('srandmember-count'), ['a', 'b', 'c']);
      });

      it('should resolve count distinct members for a positive count', async () => {
        const members = await context.service().srandmember(key, 2);
        expect([members.length, new Set(members).size, members.every((m) => 'abc'.includes(m))]).toEqual([
          2,
          2,
          true,
        ]);
      });

      it('should resolve every member once for a count above the size', async () => {
        expect(sorted(await context.service().srandmember(key, 10))).toEqual(['a', 'b', 'c']);
      });

      it('should resolve exactly -count members, repeats allowed, for a negative count', async () => {
        const members = await context.service().srandmember(key, -7);
        expect([members.length, members.every((m) => 'abc'.includes(m))]).toEqual([7, true]);
      });

      it('should leave the set as it was', async () => {
        await context.service().srandmember(key, -2);
        expect(await context.service().scard(key)).toBe(3);
      });

      it('should resolve [] for a count of 0', async () => {
        expect(await context.service().srandmember(key, 0)).toEqual([]);
      });
    });

    it('should resolve [] for a missing key with a count', async () => {
      expect(await context.service().srandmember(context.key('srandmember-missing'), 3)).toEqual([]);
    });

    it('should reject a fractional count with INVALID_ARGUMENT', async () => {
      const key = await set(context.key('srandmember-fraction'), ['a']);
      expect(await errorCodeOf(() => context.service().srandmember(key, 1.5))).toBe('INVALID_ARGUMENT');
    });
  });

  describe('.sadd', () => {
    it('should write the set under the prefix', async () => {
      const key = await set(context.key('sadd-prefix'), ['a']);
      expect(await unprefixed.smembers(`${context.keyPrefix}${key}`)).toEqual(['a']);
    });

    it('should reject an empty list with INVALID_ARGUMENT', async () => {
      expect(await errorCodeOf(() => context.service().sadd(context.key('sadd-empty'), []))).toBe(
        'INVALID_ARGUMENT',
      );
    });
  });

  describe('.smembers', () => {
    it('should resolve [] for a missing key', async () => {
      expect(await context.service().smembers(context.key('smembers-missing'))).toEqual([]);
    });
  });

  describe('.smismember', () => {
    it('should resolve [] for no member', async () => {
      expect(await context.service().smismember(context.key('smismember-none'), [])).toEqual([]);
    });

    it('should reject members that are not an array with INVALID_ARGUMENT', async () => {
      const key = context.key('smismember-junk');
      expect(await errorCodeOf(() => context.service().smismember(key, junk('a')))).toBe('INVALID_ARGUMENT');
    });
  });

  describe('.spop', () => {
    it('should resolve [] for a missing key with a count', async () => {
      expect(await context.service().spop(context.key('spop-missing'), 2)).toEqual([]);
    });

    it('should reject a fractional count with INVALID_ARGUMENT', async () => {
      const key = await set(context.key('spop-fraction'), ['a']);
      expect(await errorCodeOf(() => context.service().spop(key, 1.5))).toBe('INVALID_ARGUMENT');
    });
  });

  describe.each(['sinter', 'sunion', 'sdiff'] as const)('.%s', (member) => {
    it('should resolve [] for no key', async () => {
      expect(await context.service()[member]([])).toEqual([]);
    });
  });

  describe('.sunionstore', () => {
    it('should write the destination under the prefix', async () => {
      const tag = context.hashTag('sunionstore-prefix');
      await set(`${tag}:1`, ['a']);
      await context.service().sunionstore(`${tag}:dst`, [`${tag}:1`]);
      expect(await unprefixed.smembers(`${context.keyPrefix}${tag}:dst`)).toEqual(['a']);
    });
  });
}
