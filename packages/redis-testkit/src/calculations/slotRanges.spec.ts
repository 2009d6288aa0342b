import { describe, expect, it } from 'vitest';
import { CLUSTER_SLOTS, slotRanges } from './slotRanges.js';

describe(slotRanges, () => {
  describe('having 3 masters', () => {
    it('should split the slots like redis-cli does', () => {
      expect(slotRanges(3)).toStrictEqual([
        [0, 5460],
        [5461, 10922],
        [10923, 16383],
      ]);
    });
  });

  describe.each([1, 2, 5, 7, 16])('having %i masters', (masters) => {
    it('should cover every slot exactly once, in order', () => {
      const covered = slotRanges(masters).flatMap(([first, last]) =>
        Array.from({ length: last - first + 1 }, (_, index) => first + index),
      );
      expect(covered).toStrictEqual(Array.from({ length: CLUSTER_SLOTS }, (_, index) => index));
    });
  });

  describe.each([0, -1, 1.5, CLUSTER_SLOTS + 1])('having %s masters', (masters) => {
    it('should throw a RangeError', () => {
      expect(() => slotRanges(masters)).toThrow(RangeError);
    });
  });
});
