import { describe, expect, it } from 'vitest';
import { sizeRun } from './sizeRun.js';

describe(sizeRun, () => {
  describe('having 10 ops/ms and a 300 ms run in pairs', () => {
    it('should size the run to 3,000 ops', () => {
      expect(sizeRun(10, 300, 2)).toBe(3_000);
    });
  });

  describe('having a rate that is not a multiple of the granularity', () => {
    it('should round to the nearest multiple', () => {
      expect(sizeRun(1.3, 1_000, 200)).toBe(1_400);
    });
  });

  describe('having a very slow or unknown rate', () => {
    it('should still run one multiple of the granularity', () => {
      expect([sizeRun(0.0001, 300, 200), sizeRun(Number.NaN, 300, 200)]).toStrictEqual([200, 200]);
    });
  });

  describe('having an absurdly fast rate', () => {
    it('should cap the run at 5 million ops', () => {
      expect(sizeRun(1e9, 1_000, 1)).toBe(5_000_000);
    });
  });
});
