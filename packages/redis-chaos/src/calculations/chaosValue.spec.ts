import { describe, expect, it } from 'vitest';
import { chaosValue } from './chaosValue.js';

describe(chaosValue, () => {
  describe('having a key shorter than the size', () => {
    it('should pad it to the size', () => {
      expect(chaosValue('k:1', 8)).toBe('k:1.....');
    });
  });

  describe('having a key as long as the size or longer', () => {
    it('should be the key', () => {
      expect(chaosValue('k:12345', 3)).toBe('k:12345');
    });
  });
});
