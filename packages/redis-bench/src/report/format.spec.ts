import { describe, expect, it } from 'vitest';
import { formatCount, formatMicros, formatRatio, formatSpread } from './format.js';

describe(formatCount, () => {
  describe('having a large rate', () => {
    it('should round it with thousands separators', () => {
      expect(formatCount(1_234_567.8)).toBe('1,234,568');
    });
  });

  describe('having a small value', () => {
    it('should keep one decimal', () => {
      expect(formatCount(42.25)).toBe('42.3');
    });
  });

  describe('having no value', () => {
    it('should show a dash', () => {
      expect([formatCount(undefined), formatCount(Number.NaN)]).toStrictEqual(['—', '—']);
    });
  });
});

describe(formatSpread, () => {
  it('should show both ends as signed percentages', () => {
    expect(formatSpread({ low: -0.031, high: 0.024 })).toBe('-3.1% / +2.4%');
  });
});

describe(formatRatio, () => {
  it('should show two decimals and a times sign, or nothing', () => {
    expect([formatRatio(0.9666), formatRatio(undefined)]).toStrictEqual(['0.97×', '']);
  });
});

describe(formatMicros, () => {
  it('should show nothing when there is no latency', () => {
    expect(formatMicros(undefined)).toBe('');
  });
});
