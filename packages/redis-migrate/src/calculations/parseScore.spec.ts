import { describe, expect, it } from 'vitest';
import { parseScore } from './parseScore.js';

describe(parseScore, () => {
  describe.each([
    ['1.5', 1.5],
    ['inf', Number.POSITIVE_INFINITY],
    ['-inf', Number.NEGATIVE_INFINITY],
    ['0.10000000000000001', 0.1],
  ])('having %j', (text, value) => {
    it('should read the number', () => {
      expect(parseScore(Buffer.from(text))).toBe(value);
    });
  });
});
