import { RedisError } from '@org/redis-interface';
import { describe, expect, it } from 'vitest';
import { scanPageArguments } from './scanPageArguments.js';

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return RedisError.is(error) ? error.code : 'untyped';
  }
};

describe(scanPageArguments, () => {
  describe('having a node and a cursor', () => {
    it('should keep them and prefix MATCH', () => {
      expect(scanPageArguments('127.0.0.1:7000', '123', { match: 'a:*' }, 'p:')).toStrictEqual({
        node: '127.0.0.1:7000',
        cursor: '123',
        scan: { match: 'p:a:*', count: 100, tail: [] },
      });
    });
  });

  describe('having an IPv6 node and the largest cursor', () => {
    it('should accept them', () => {
      expect(codeOf(() => scanPageArguments('::1:6379', '18446744073709551615', undefined, ''))).toBe(
        undefined,
      );
    });
  });

  describe.each([
    ['a number', 0],
    ['an empty string', ''],
    ['a negative number', '-1'],
    ['a fraction', '1.5'],
    ['hex', '0x10'],
    ['a space', ' 1'],
    ['2^64', '18446744073709551616'],
    ['21 digits', '000000000000000000001'],
  ])('having a cursor that is %s', (_label, cursor) => {
    it('should throw INVALID_ARGUMENT', () => {
      expect(codeOf(() => scanPageArguments('127.0.0.1:6379', cursor, undefined, ''))).toBe(
        'INVALID_ARGUMENT',
      );
    });
  });

  describe.each([
    ['undefined', undefined],
    ['a port alone', 6379],
    ['a host without port', '127.0.0.1'],
    ['an empty string', ''],
    ['a port that is not digits', '127.0.0.1:x'],
    ['a Buffer', Buffer.from('127.0.0.1:6379')],
  ])('having a node that is %s', (_label, node) => {
    it('should throw INVALID_ARGUMENT', () => {
      expect(codeOf(() => scanPageArguments(node, '0', undefined, ''))).toBe('INVALID_ARGUMENT');
    });
  });

  describe('having bad options', () => {
    it('should throw INVALID_ARGUMENT', () => {
      expect(codeOf(() => scanPageArguments('h:1', '0', { count: 0 }, ''))).toBe('INVALID_ARGUMENT');
    });
  });
});
