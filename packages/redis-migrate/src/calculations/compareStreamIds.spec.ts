import { describe, expect, it } from 'vitest';
import { compareStreamIds } from './compareStreamIds.js';

describe(compareStreamIds, () => {
  describe('having IDs that differ in length', () => {
    it('should order numerically, not as text', () => {
      expect(['10-0', '9-5', '9-10', '0-1'].sort(compareStreamIds)).toStrictEqual([
        '0-1',
        '9-5',
        '9-10',
        '10-0',
      ]);
    });
  });

  describe('having IDs beyond 2^53', () => {
    it('should tell apart sequence numbers a double cannot', () => {
      expect(compareStreamIds('1-18446744073709551615', '1-18446744073709551614')).toBe(1);
    });
  });

  describe('having equal IDs', () => {
    it('should return 0', () => {
      expect(compareStreamIds('5-3', '5-3')).toBe(0);
    });
  });
});
