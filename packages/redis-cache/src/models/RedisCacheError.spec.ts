import { describe, expect, it } from 'vitest';
import { RedisCacheError } from './RedisCacheError.js';
import { redisCacheErrorCodes, type RedisCacheErrorCode } from './redisCacheErrorCodes.js';

describe(RedisCacheError, () => {
  describe.each(Object.keys(redisCacheErrorCodes) as RedisCacheErrorCode[])('having code %s', (code) => {
    it('should carry its code, name, message and cause, and be recognised', () => {
      const cause = new Error('underlying');
      const error = new RedisCacheError(code, 'what to fix', { cause });
      expect([
        error.code,
        error.name,
        error.message,
        error.cause,
        error instanceof Error,
        RedisCacheError.is(error),
      ]).toEqual([code, 'RedisCacheError', 'what to fix', cause, true, true]);
    });
  });

  describe('.is', () => {
    it('should refuse other errors', () => {
      expect([RedisCacheError.is(new Error('x')), RedisCacheError.is(null), RedisCacheError.is('x')]).toEqual(
        [false, false, false],
      );
    });
  });
});
