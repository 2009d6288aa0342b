import { beforeAll, describe, expect, it } from 'vitest';
import type { ContractContext } from './ContractContext.js';

const binary = Buffer.from([0, 255, 1, 128, 10]);

/**
 * Counters, GETDEL, APPEND/STRLEN, binary values and MSETNX.
 *
 * @param context - the group's context.
 */
export function describeStringValuesContract(context: ContractContext): void {
  describe('.incr', () => {
    it('should create a missing key at 1', async () => {
      expect(await context.service().incr(context.key('incr'))).toBe(1);
    });

    it('should add 1 to an integer value', async () => {
      const key = context.key('incr-existing');
      await context.service().set(key, 41);
      expect(await context.service().incr(key)).toBe(42);
    });
  });

  describe('.incrby', () => {
    it('should add a negative increment', async () => {
      const key = context.key('incrby');
      await context.service().set(key, 10);
      expect(await context.service().incrby(key, -15)).toBe(-5);
    });
  });

  describe('.incrbyfloat', () => {
    it('should resolve the new value as a number', async () => {
      const key = context.key('incrbyfloat');
      await context.service().set(key, '1.25');
      expect(await context.service().incrbyfloat(key, 1.5)).toBe(2.75);
    });
  });

  describe('.decr', () => {
    it('should create a missing key at -1', async () => {
      expect(await context.service().decr(context.key('decr'))).toBe(-1);
    });
  });

  describe('.decrby', () => {
    it('should subtract the decrement', async () => {
      const key = context.key('decrby');
      await context.service().set(key, 100);
      expect(await context.service().decrby(key, 30)).toBe(70);
    });
  });

  describe('.getdel', () => {
    describe('having a value', () => {
      let key: string;
      let value: string | null;

      beforeAll(async () => {
        key = context.key('getdel');
        await context.service().set(key, 'once');
        value = await context.service().getdel(key);
      });

      it('should resolve the value', () => {
        expect(value).toBe('once');
      });

      it('should delete the key', async () => {
        expect(await context.service().exists(key)).toBe(0);
      });
    });

    it('should resolve null for a missing key', async () => {
      expect(await context.service().getdel(context.key('getdel-missing'))).toBeNull();
    });
  });

  describe('.append', () => {
    it('should resolve the new length in bytes', async () => {
      const key = context.key('append');
      await context.service().set(key, 'ab');
      expect(await context.service().append(key, 'é')).toBe(4);
    });
  });

  describe('.strlen', () => {
    it('should count bytes, not characters', async () => {
      const key = context.key('strlen');
      await context.service().set(key, '✓✓');
      expect(await context.service().strlen(key)).toBe(6);
    });

    it('should resolve 0 for a missing key', async () => {
      expect(await context.service().strlen(context.key('strlen-missing'))).toBe(0);
    });
  });

  describe('.getBuffer', () => {
    it('should read back binary bytes unchanged', async () => {
      const key = context.key('binary');
      await context.service().set(key, binary);
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated alias is still in the contract
      expect(await context.service().getBuffer(key)).toEqual(binary);
    });

    it('should resolve null for a missing key', async () => {
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated alias is still in the contract
      expect(await context.service().getBuffer(context.key('binary-missing'))).toBeNull();
    });
  });

  describe('.mgetBuffer', () => {
    it('should resolve one Buffer or null per key, in order', async () => {
      const [a, b] = [context.key('mgetbuffer-a'), context.key('mgetbuffer-b')];
      await context.service().mset({ [a]: binary, [b]: 'text' });
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated alias is still in the contract
      const values = await context.service().mgetBuffer([b, context.key('mgetbuffer-none'), a]);
      expect(values).toEqual([Buffer.from('text'), null, binary]);
    });
  });

  describe('.msetnx', () => {
    describe('having keys with one hash tag', () => {
      let tag: string;
      let first: boolean;
      let second: boolean;

      beforeAll(async () => {
        tag = context.hashTag('msetnx');
        first = await context.service().msetnx({ [`${tag}:a`]: '1', [`${tag}:b`]: '2' });
        second = await context.service().msetnx({ [`${tag}:b`]: 'x', [`${tag}:c`]: '3' });
      });

      it('should resolve true when no key existed', () => {
        expect(first).toBe(true);
      });

      it('should resolve false when a key existed', () => {
        expect(second).toBe(false);
      });

      it('should write nothing when a key existed', async () => {
        expect(await context.service().mget([`${tag}:b`, `${tag}:c`])).toEqual(['2', null]);
      });
    });
  });
}
