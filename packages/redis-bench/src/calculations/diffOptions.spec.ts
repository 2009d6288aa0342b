import { describe, expect, it } from 'vitest';
import { diffOptions } from './diffOptions.js';

describe(diffOptions, () => {
  describe('having equal options with different functions', () => {
    it('should report nothing', () => {
      expect(diffOptions({ a: 1, retry: () => 1 }, { a: 1, retry: () => 2 })).toStrictEqual([]);
    });
  });

  describe('having a nested redisOptions that differs', () => {
    it('should name the nested path with both values', () => {
      expect(
        diffOptions({ redisOptions: { keyPrefix: 'a:' } }, { redisOptions: { keyPrefix: '' } }),
      ).toStrictEqual(['redisOptions.keyPrefix: "a:" vs ""']);
    });
  });

  describe('having an option only one side sets', () => {
    it('should report it as unset on the other', () => {
      expect(diffOptions({ enableAutoPipelining: true }, {})).toStrictEqual([
        'enableAutoPipelining: true vs unset',
      ]);
    });
  });

  describe('having a difference that is ignored', () => {
    it('should not report it', () => {
      expect(diffOptions({ port: 1 }, { port: 2 }, ['port'])).toStrictEqual([]);
    });
  });
});
