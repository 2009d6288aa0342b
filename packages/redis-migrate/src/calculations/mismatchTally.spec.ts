import { describe, expect, it } from 'vitest';
import { createMismatchTally } from './mismatchTally.js';

describe(createMismatchTally, () => {
  describe('having three differences and room for two', () => {
    const tally = createMismatchTally(2);
    tally.record({ key: 'a', kind: 'missing', detail: '' });
    tally.record({ key: 'b', kind: 'extra', detail: '' });
    tally.record({ key: 'c', kind: 'missing', detail: '' });

    it('should count all of them by kind', () => {
      expect(tally.counts()).toStrictEqual({
        missing: 2,
        valueDiffers: 0,
        typeDiffers: 0,
        ttlDiffers: 0,
        extra: 1,
      });
    });

    it('should keep the first two', () => {
      expect(tally.first().map((mismatch) => mismatch.key)).toStrictEqual(['a', 'b']);
    });

    it('should not be clean', () => {
      expect(tally.clean()).toBe(false);
    });
  });

  describe('having nothing recorded', () => {
    it('should be clean', () => {
      expect(createMismatchTally(20).clean()).toBe(true);
    });
  });
});
