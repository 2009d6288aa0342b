import { beforeAll, describe, expect, it } from 'vitest';
import type { HashEntry, IRedisService } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { errorCodeOf } from './errorCodeOf.js';
import { junk } from './junk.js';

const fields = { a: '1', b: '22', c: '333' };
const sortedPairs = (pairs: readonly HashEntry[]): HashEntry[] =>
  [...pairs].sort(([left], [right]) => left.localeCompare(right));

/**
 * The Redis 7.0 hash commands (HSTRLEN, HRANDFIELD), the key prefix on hash keys, field checks and the
 * edge cases of the converted members (empty field lists, odd field names).
 *
 * @param context - the group's context.
 */
export function describeHashesMoreContract(context: ContractContext): void {
  let key: string;

  beforeAll(async () => {
    key = context.key('hash-more');
    await context.service().hset(key, fields);
  });

  describe('.hstrlen', () => {
    it('should resolve the length of the value in bytes', async () => {
      const hash = context.key('hstrlen');
      await context.service().hset(hash, { utf8: 'é', bytes: Buffer.from([0, 1, 2, 3]) });
      expect([
        await context.service().hstrlen(hash, 'utf8'),
        await context.service().hstrlen(hash, 'bytes'),
      ]).toEqual([2, 4]);
    });

    it('should resolve 0 for a missing field or key', async () => {
      expect([
        await context.service().hstrlen(key, 'nope'),
        await context.service().hstrlen(context.key('hstrlen-missing'), 'f'),
      ]).toEqual([0, 0]);
    });

    it('should reject a numeric field with INVALID_ARGUMENT', async () => {
      await expect(context.service().hstrlen(key, junk(1))).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('.hrandfield', () => {
    it('should resolve one of the fields without options', async () => {
      expect(Object.keys(fields)).toContain(await context.service().hrandfield(key));
    });

    it('should resolve null for a missing key', async () => {
      expect(await context.service().hrandfield(context.key('hrandfield-missing'))).toBeNull();
    });

    it('should resolve distinct fields, at most the hash size, for a positive count', async () => {
      expect((await context.service().hrandfield(key, { count: 10 })).sort()).toEqual(['a', 'b', 'c']);
    });

    it('should resolve exactly -count fields, repeats allowed, for a negative count', async () => {
      const picked = await context.service().hrandfield(key, { count: -7 });
      expect([picked.length, picked.every((field) => field in fields)]).toEqual([7, true]);
    });

    it('should resolve [field, value] pairs with withValues', async () => {
      const pairs = await context.service().hrandfield(key, { count: 3, withValues: true });
      expect(sortedPairs(pairs)).toEqual(Object.entries(fields));
    });

    it('should resolve matching pairs for a negative count with withValues', async () => {
      const pairs = await context.service().hrandfield(key, { count: -5, withValues: true });
      expect([
        pairs.length,
        pairs.every(([field, value]) => fields[field as keyof typeof fields] === value),
      ]).toEqual([5, true]);
    });

    it('should resolve [] for count 0 or a missing key', async () => {
      expect([
        await context.service().hrandfield(key, { count: 0 }),
        await context.service().hrandfield(context.key('hrandfield-none'), { count: 2, withValues: true }),
      ]).toEqual([[], []]);
    });

    it('should reject options without a whole count with INVALID_ARGUMENT', async () => {
      const codes = await Promise.all(
        [{}, { count: 1.5 }, { count: 2, withValues: 'yes' }, null].map((options) =>
          errorCodeOf(context.service().hrandfield(key, junk(options))),
        ),
      );
      expect(codes).toEqual(['INVALID_ARGUMENT', 'INVALID_ARGUMENT', 'INVALID_ARGUMENT', 'INVALID_ARGUMENT']);
    });
  });

  describe('.hmget', () => {
    it('should resolve [] for no field', async () => {
      expect(await context.service().hmget(key, [])).toEqual([]);
    });

    it('should reject a field that is not a string or Buffer with INVALID_ARGUMENT', async () => {
      await expect(context.service().hmget(key, junk(['a', 2]))).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });
  });

  describe('.hdel', () => {
    it('should resolve 0 for no field and remove nothing', async () => {
      expect([await context.service().hdel(key, []), await context.service().hlen(key)]).toEqual([0, 3]);
    });
  });

  describe('.hget', () => {
    it('should reject a numeric field with INVALID_ARGUMENT', async () => {
      await expect(context.service().hget(key, junk(1))).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    });
  });

  describe('.hset', () => {
    it('should reject an empty record with INVALID_ARGUMENT and write nothing', async () => {
      const hash = context.key('hset-empty');
      const code = await errorCodeOf(context.service().hset(hash, {}));
      expect([code, await context.service().exists(hash)]).toEqual(['INVALID_ARGUMENT', 0]);
    });
  });

  describe('.hgetall', () => {
    it('should keep a field named __proto__ as a plain field', async () => {
      const hash = context.key('hgetall-proto');
      await context.service().hset(
        hash,
        new Map([
          ['__proto__', 'x'],
          ['a', '1'],
        ]),
      );
      const record = await context.service().hgetall(hash);
      expect([Object.getPrototypeOf(record), Object.keys(record).sort()]).toEqual([
        Object.prototype,
        ['__proto__', 'a'],
      ]);
    });
  });

  describe('having the key prefix', () => {
    let unprefixed: IRedisService;

    beforeAll(async () => {
      unprefixed = await context.createService({ keyPrefix: '' });
    });

    it('should write hset under the prefixed key', async () => {
      expect(await unprefixed.hgetall(`${context.keyPrefix}${key}`)).toEqual(fields);
    });

    it('should read hstrlen and hrandfield from the prefixed key', async () => {
      const hash = context.key('hash-prefix');
      await unprefixed.hset(`${context.keyPrefix}${hash}`, { only: 'four' });
      expect([
        await context.service().hstrlen(hash, 'only'),
        await context.service().hrandfield(hash),
      ]).toEqual([4, 'only']);
    });
  });
}
