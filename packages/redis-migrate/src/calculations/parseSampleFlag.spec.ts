import { describe, expect, it } from 'vitest';
import { parseSampleFlag } from './parseSampleFlag.js';

describe(parseSampleFlag, () => {
  describe('having 1%', () => {
    it('should give a hundredth of the 32-bit range', () => {
      expect(parseSampleFlag('1%')).toStrictEqual({ percent: 1, threshold: Math.round(2 ** 32 / 100) });
    });
  });

  describe('having 0.5%', () => {
    it('should keep the fraction', () => {
      expect(parseSampleFlag('0.5%').percent).toBe(0.5);
    });
  });

  describe('having 100%', () => {
    it('should cover every hash', () => {
      expect(parseSampleFlag('100%').threshold).toBe(2 ** 32);
    });
  });

  describe.each(['0%', '101%', '5', 'abc', '-1%', ''])('having %j', (raw) => {
    it('should throw USAGE', () => {
      expect(() => parseSampleFlag(raw)).toThrow(expect.objectContaining({ code: 'USAGE' }) as unknown);
    });
  });
});
