import { describe, expect, it } from 'vitest';
import { median, percentile, spread } from './stats.js';

describe(median, () => {
  describe('having an odd count, unsorted', () => {
    it('should return the middle value', () => {
      expect(median([5, 1, 3])).toBe(3);
    });
  });

  describe('having an even count', () => {
    it('should return the mean of the two middle values', () => {
      expect(median([4, 1, 3, 2])).toBe(2.5);
    });
  });

  describe('having no values', () => {
    it('should return NaN', () => {
      expect(median([])).toBeNaN();
    });
  });
});

describe(percentile, () => {
  const samples = (): Float64Array => Float64Array.from([10, 1, 9, 2, 8, 3, 7, 4, 6, 5, 999]);

  describe('having p50 of the first 10 samples of a longer buffer', () => {
    it('should take the nearest rank among those 10 only', () => {
      expect(percentile(samples(), 10, 50)).toBe(5);
    });
  });

  describe('having p99 of 10 samples', () => {
    it('should return the largest of them', () => {
      expect(percentile(samples(), 10, 99)).toBe(10);
    });
  });

  describe('having no samples', () => {
    it('should return NaN', () => {
      expect(percentile(samples(), 0, 50)).toBeNaN();
    });
  });
});

describe(spread, () => {
  describe('having values around a center', () => {
    it('should return the slowest and fastest as fractions of it', () => {
      const { low, high } = spread([90, 100, 120], 100);
      expect([low, high].map((value) => Number(value.toFixed(9)))).toStrictEqual([-0.1, 0.2]);
    });
  });

  describe('having no values', () => {
    it('should return NaNs', () => {
      expect(spread([], 100)).toStrictEqual({ low: Number.NaN, high: Number.NaN });
    });
  });
});
