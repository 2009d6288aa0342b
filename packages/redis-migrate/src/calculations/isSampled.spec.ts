import { describe, expect, it } from 'vitest';
import { isSampled } from './isSampled.js';
import { fullSample, parseSampleFlag } from './parseSampleFlag.js';

const keys = Array.from({ length: 20_000 }, (_, index) => Buffer.from(`key:${index}`));

describe(isSampled, () => {
  describe('having the full sample', () => {
    it('should take every key', () => {
      expect(keys.every((key) => isSampled(key, fullSample))).toBe(true);
    });
  });

  describe('having 10%', () => {
    it('should take about a tenth of the keys', () => {
      const share = keys.filter((key) => isSampled(key, parseSampleFlag('10%'))).length / keys.length;
      expect(Math.abs(share - 0.1)).toBeLessThan(0.01);
    });

    it('should take the same keys every time', () => {
      const sample = parseSampleFlag('10%');
      const first = keys.filter((key) => isSampled(key, sample));
      expect(keys.filter((key) => isSampled(Buffer.from(key), sample))).toStrictEqual(first);
    });
  });
});
