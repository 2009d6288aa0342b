import { describe, expect, it } from 'vitest';
import { validateDatasetSpec } from './validateDatasetSpec.js';

describe(validateDatasetSpec, () => {
  describe('having only keys', () => {
    it('should fill in the documented defaults', () => {
      expect(validateDatasetSpec({ keys: 3 })).toStrictEqual({
        keys: 3,
        seed: 1,
        valueBytes: 100,
        ttlFraction: 0.1,
        mix: 'strings',
        binaryFraction: 0,
      });
    });
  });

  describe.each([
    [{ keys: -1 }, /keys/],
    [{ keys: 1.5 }, /keys/],
    [{ keys: 1, valueBytes: 0 }, /valueBytes/],
    [{ keys: 1, ttlFraction: 1.1 }, /ttlFraction/],
    [{ keys: 1, binaryFraction: Number.NaN }, /binaryFraction/],
    [{ keys: 1, bigKeys: { elements: 0 } }, /bigKeys.elements/],
  ])('having %j', (spec, message) => {
    it('should throw a RangeError naming the field', () => {
      expect(() => validateDatasetSpec(spec)).toThrow(message);
    });
  });
});
