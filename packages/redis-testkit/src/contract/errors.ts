import { beforeAll, describe, expect, it } from 'vitest';
import { RedisError, type SetOptions } from '@org/redis-interface';
import type { ContractContext } from './ContractContext.js';
import { errorCodeOf } from './errorCodeOf.js';

// Invalid at run time although some pass the types: what JavaScript callers or computed values can send.
const invalidSetOptions: readonly (readonly [string, SetOptions])[] = [
  ['a TTL of 0 seconds', { ttl: { seconds: 0 } }],
  ['a negative TTL', { ttl: { seconds: -5 } }],
  ['a fractional TTL', { ttl: { milliseconds: 1.5 } }],
  ['a NaN TTL', { ttl: { seconds: Number.NaN } }],
  ['an invalid date', { expiresAt: new Date(Number.NaN) }],
  ['a TTL together with keepTtl', { ttl: { seconds: 5 }, keepTtl: true } as unknown as SetOptions],
];

/**
 * Typed errors: WRONG_TYPE from the server, INVALID_ARGUMENT before sending, and the shape of RedisError.
 *
 * @param context - the group's context.
 */
export function describeErrorsContract(context: ContractContext): void {
  describe('having a key of another type', () => {
    let list: string;
    let text: string;

    beforeAll(async () => {
      [list, text] = [context.key('wrong-type-list'), context.key('wrong-type-text')];
      await context.service().rpush(list, 'a');
      await context.service().set(text, 'a');
    });

    describe('.get', () => {
      it('should reject a list with WRONG_TYPE', async () => {
        expect(await errorCodeOf(context.service().get(list))).toBe('WRONG_TYPE');
      });
    });

    describe('.lpush', () => {
      it('should reject a string with WRONG_TYPE', async () => {
        expect(await errorCodeOf(context.service().lpush(text, 'x'))).toBe('WRONG_TYPE');
      });
    });

    describe('.hget', () => {
      it('should reject a string with WRONG_TYPE', async () => {
        expect(await errorCodeOf(context.service().hget(text, 'f'))).toBe('WRONG_TYPE');
      });
    });

    describe('RedisError', () => {
      let error: unknown;

      beforeAll(async () => {
        error = await context
          .service()
          .zadd(text, { member: 'm', score: 1 })
          .catch((reason: unknown) => reason);
      });

      it("should be an Error named 'RedisError'", () => {
        expect([error instanceof Error, error instanceof Error ? error.name : undefined]).toEqual([
          true,
          'RedisError',
        ]);
      });

      it('should keep the server reply as cause', () => {
        expect(RedisError.is(error) ? String(error.cause) : error).toMatch(/WRONGTYPE/);
      });
    });
  });

  describe('.incr', () => {
    it('should reject a value that is not an integer with SERVER_ERROR', async () => {
      const key = context.key('incr-text');
      await context.service().set(key, 'abc');
      expect(await errorCodeOf(context.service().incr(key))).toBe('SERVER_ERROR');
    });
  });

  describe('.set', () => {
    describe.each(invalidSetOptions)('having %s', (_, options) => {
      let key: string;
      let code: string;

      beforeAll(async () => {
        key = context.key('bad-ttl');
        code = await errorCodeOf(() => context.service().set(key, 'v', options));
      });

      it('should reject with INVALID_ARGUMENT', () => {
        expect(code).toBe('INVALID_ARGUMENT');
      });

      it('should write nothing', async () => {
        expect(await context.service().exists(key)).toBe(0);
      });
    });
  });

  describe('.setJson', () => {
    describe('having a TTL of 0 seconds', () => {
      it('should reject with INVALID_ARGUMENT', async () => {
        const attempt = () =>
          context.service().setJson(context.key('json-bad-ttl'), { a: 1 }, { ttl: { seconds: 0 } });
        expect(await errorCodeOf(attempt)).toBe('INVALID_ARGUMENT');
      });
    });
  });
}
