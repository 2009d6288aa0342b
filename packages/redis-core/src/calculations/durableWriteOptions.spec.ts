import { describe, expect, it } from 'vitest';
import { RedisError, type DurableWriteOptions } from '@org/redis-interface';
import { checkDurableWriteOptions } from './durableWriteOptions.js';

function codeOf(options: unknown): string | undefined {
  try {
    checkDurableWriteOptions(options as DurableWriteOptions);
    return undefined;
  } catch (error) {
    return RedisError.is(error) ? error.code : 'not a RedisError';
  }
}

describe(checkDurableWriteOptions, () => {
  describe('having valid options', () => {
    it('should return them with aof defaulted to false', () => {
      expect(checkDurableWriteOptions({ replicas: 1, timeoutMs: 500 })).toStrictEqual({
        replicas: 1,
        timeoutMs: 500,
        aof: false,
      });
    });
  });

  describe('having replicas 0 and aof', () => {
    it('should accept them', () => {
      expect(checkDurableWriteOptions({ replicas: 0, aof: true, timeoutMs: 1 }).aof).toBe(true);
    });
  });

  describe.each([
    ['replicas -1', { replicas: -1, timeoutMs: 100 }],
    ['replicas 1.5', { replicas: 1.5, timeoutMs: 100 }],
    ['replicas NaN', { replicas: Number.NaN, timeoutMs: 100 }],
    ["replicas '1'", { replicas: '1', timeoutMs: 100 }],
    ['replicas missing', { timeoutMs: 100 }],
    ['timeoutMs 0', { replicas: 1, timeoutMs: 0 }],
    ['timeoutMs -5', { replicas: 1, timeoutMs: -5 }],
    ['timeoutMs 2.5', { replicas: 1, timeoutMs: 2.5 }],
    ['timeoutMs Infinity', { replicas: 1, timeoutMs: Number.POSITIVE_INFINITY }],
    ['timeoutMs missing', { replicas: 1 }],
    ["aof 'yes'", { replicas: 1, timeoutMs: 100, aof: 'yes' }],
  ])('having %s', (_label, options) => {
    it('should throw INVALID_ARGUMENT', () => {
      expect(codeOf(options)).toBe('INVALID_ARGUMENT');
    });
  });

  describe('having a bad timeoutMs', () => {
    it('should name the option and what would be valid', () => {
      expect(() => checkDurableWriteOptions({ replicas: 1, timeoutMs: 0 })).toThrow(
        'writeDurably timeoutMs must be a whole number of milliseconds > 0, got 0.',
      );
    });
  });
});
