import { describe, expectTypeOf, it } from 'vitest';
import type { SetOptions } from '../commands/SetOptions.js';
import type { IRedisService } from './IRedisService.js';

declare const redis: IRedisService;
declare const options: SetOptions;

describe('IRedisStringCommands', () => {
  describe('.set', () => {
    describe('having no options', () => {
      it('should resolve to OK', () => {
        expectTypeOf(redis.set('k', 'v')).resolves.toEqualTypeOf<'OK'>();
      });
    });

    describe('having a TTL only', () => {
      it('should resolve to OK', () => {
        expectTypeOf(
          redis.set('k', Buffer.from('v'), { ttl: { milliseconds: 500 } }),
        ).resolves.toEqualTypeOf<'OK'>();
      });
    });

    describe('having a condition', () => {
      it('should resolve to OK or null', () => {
        expectTypeOf(redis.set('k', 1, { condition: 'XX', keepTtl: true })).resolves.toEqualTypeOf<
          'OK' | null
        >();
      });
    });

    describe('having get: true', () => {
      it('should resolve to the previous value', () => {
        expectTypeOf(redis.set('k', 'v', { get: true, condition: 'NX' })).resolves.toEqualTypeOf<
          string | null
        >();
      });
    });

    describe('having options known at run time', () => {
      it('should resolve to a string or null', () => {
        expectTypeOf(redis.set('k', 'v', options)).resolves.toEqualTypeOf<string | null>();
      });
    });

    describe('having exclusive options together', () => {
      it('should not compile', () => {
        // @ts-expect-error -- a TTL and keepTtl are exclusive
        void redis.set('k', 'v', { ttl: { seconds: 1 }, keepTtl: true });
        // @ts-expect-error -- seconds and milliseconds are exclusive
        void redis.set('k', 'v', { ttl: { seconds: 1, milliseconds: 1000 } });
        // @ts-expect-error -- only NX and XX are conditions
        void redis.set('k', 'v', { condition: 'GT' });
        expectTypeOf<SetOptions>().toExtend<object>();
      });
    });
  });

  describe('.mget', () => {
    it('should resolve to a value or null per key', () => {
      expectTypeOf(redis.mget(['a', 'b'])).resolves.toEqualTypeOf<(string | null)[]>();
    });
  });

  describe('.getBuffer', () => {
    it('should resolve to a Buffer or null', () => {
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated alias keeps its type
      expectTypeOf(redis.getBuffer('k')).resolves.toEqualTypeOf<Buffer | null>();
    });
  });
});
