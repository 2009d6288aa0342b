import { beforeAll, describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';

const binary = Buffer.from([0, 255, 1]);

/**
 * Hash commands, on one key each.
 *
 * @param context - the group's context.
 */
export function describeHashesContract(context: ContractContext): void {
  let key: string;

  beforeAll(async () => {
    key = context.key('hash');
    await context.service().hset(key, { name: 'Ada', count: 5, ratio: '1.5', bytes: binary });
  });

  describe('.hset', () => {
    it('should count only the fields added, not the ones updated', async () => {
      const hash = context.key('hset');
      await context.service().hset(hash, { a: '1' });
      expect(
        await context.service().hset(
          hash,
          new Map([
            ['a', '2'],
            ['b', '3'],
          ]),
        ),
      ).toBe(1);
    });
  });

  describe('.hget', () => {
    it('should resolve the value of a field', async () => {
      expect(await context.service().hget(key, 'name')).toBe('Ada');
    });

    it('should resolve null for a missing field', async () => {
      expect(await context.service().hget(key, 'nope')).toBeNull();
    });
  });

  describe('.hgetBuffer', () => {
    it('should read back binary bytes unchanged', async () => {
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated alias is still in the contract
      expect(await context.service().hgetBuffer(key, 'bytes')).toEqual(binary);
    });
  });

  describe('.hsetnx', () => {
    it('should resolve false and keep the value when the field exists', async () => {
      const hash = context.key('hsetnx');
      await context.service().hset(hash, { f: 'old' });
      const set = await context.service().hsetnx(hash, 'f', 'new');
      expect([set, await context.service().hget(hash, 'f')]).toEqual([false, 'old']);
    });

    it('should resolve true when the field is missing', async () => {
      expect(await context.service().hsetnx(context.key('hsetnx-new'), 'f', 'v')).toBe(true);
    });
  });

  describe('.hmget', () => {
    it('should resolve one value or null per field, in order', async () => {
      expect(await context.service().hmget(key, ['count', 'nope', 'name'])).toEqual(['5', null, 'Ada']);
    });
  });

  describe('.hgetall', () => {
    it('should resolve every field', async () => {
      const hash = context.key('hgetall');
      await context.service().hset(hash, { a: '1', b: '2' });
      expect(await context.service().hgetall(hash)).toEqual({ a: '1', b: '2' });
    });

    it('should resolve {} for a missing key', async () => {
      expect(await context.service().hgetall(context.key('hgetall-missing'))).toEqual({});
    });
  });

  describe('.hgetallBuffer', () => {
    it('should resolve every field as bytes', async () => {
      const hash = context.key('hgetallbuffer');
      await context.service().hset(hash, { a: binary, b: 'text' });
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated alias is still in the contract
      expect(await context.service().hgetallBuffer(hash)).toEqual({ a: binary, b: Buffer.from('text') });
    });
  });

  describe('.hdel', () => {
    it('should resolve how many fields were removed', async () => {
      const hash = context.key('hdel');
      await context.service().hset(hash, { a: '1', b: '2', c: '3' });
      expect(await context.service().hdel(hash, ['a', 'c', 'missing'])).toBe(2);
    });
  });

  describe('.hexists', () => {
    it('should resolve true for an existing field', async () => {
      expect(await context.service().hexists(key, 'name')).toBe(true);
    });

    it('should resolve false for a missing field', async () => {
      expect(await context.service().hexists(key, 'nope')).toBe(false);
    });
  });

  describe('.hincrby', () => {
    it('should resolve the new value', async () => {
      const hash = context.key('hincrby');
      await context.service().hset(hash, { n: 5 });
      expect(await context.service().hincrby(hash, 'n', -7)).toBe(-2);
    });
  });

  describe('.hincrbyfloat', () => {
    it('should resolve the new value as a number', async () => {
      const hash = context.key('hincrbyfloat');
      expect(await context.service().hincrbyfloat(hash, 'f', 2.5)).toBe(2.5);
    });
  });

  describe('.hkeys', () => {
    it('should resolve the field names', async () => {
      expect((await context.service().hkeys(key)).sort()).toEqual(['bytes', 'count', 'name', 'ratio']);
    });
  });

  describe('.hvals', () => {
    it('should resolve the values', async () => {
      const hash = context.key('hvals');
      await context.service().hset(hash, { a: 'x', b: 'y' });
      expect((await context.service().hvals(hash)).sort()).toEqual(['x', 'y']);
    });
  });

  describe('.hlen', () => {
    it('should resolve the number of fields', async () => {
      expect(await context.service().hlen(key)).toBe(4);
    });
  });
}
