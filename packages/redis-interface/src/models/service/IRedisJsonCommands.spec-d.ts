import { describe, expectTypeOf, it } from 'vitest';
import type { IRedisService } from './IRedisService.js';

interface User {
  readonly id: string;
  readonly name: string;
}

declare const redis: IRedisService;
declare const user: User;
declare function parseUser(value: unknown): User;

describe('IRedisJsonCommands', () => {
  describe('.getJson', () => {
    describe('having a type argument', () => {
      it('should resolve to that type or null', () => {
        expectTypeOf(redis.getJson<User>('user:1')).resolves.toEqualTypeOf<User | null>();
      });
    });

    describe('having no type argument', () => {
      it('should resolve to unknown', () => {
        expectTypeOf(redis.getJson('user:1')).resolves.toEqualTypeOf<unknown>();
      });
    });

    describe('having a parser', () => {
      it('should infer the type from it', () => {
        expectTypeOf(redis.getJson('user:1', parseUser)).resolves.toEqualTypeOf<User | null>();
      });
    });
  });

  describe('.setJson', () => {
    describe('having no options', () => {
      it('should resolve to OK', () => {
        expectTypeOf(redis.setJson('user:1', user)).resolves.toEqualTypeOf<'OK'>();
      });
    });

    describe('having a condition', () => {
      it('should resolve to OK or null', () => {
        expectTypeOf(
          redis.setJson('user:1', user, { condition: 'NX', ttl: { seconds: 60 } }),
        ).resolves.toEqualTypeOf<'OK' | null>();
      });
    });

    describe('having get: true', () => {
      it('should resolve to the previous value', () => {
        expectTypeOf(redis.setJson('user:1', user, { get: true })).resolves.toEqualTypeOf<User | null>();
      });
    });

    describe('having a type argument', () => {
      it('should check the value against it', () => {
        // @ts-expect-error -- name is missing
        void redis.setJson<User>('user:1', { id: '1' });
        expectTypeOf(redis.setJson<User>)
          .parameter(1)
          .toEqualTypeOf<User>();
      });
    });
  });
});
