import { describe, expect, it } from 'vitest';
import { parseCountFlag } from './parseCountFlag.js';

describe(parseCountFlag, () => {
  describe('having a whole number', () => {
    it('should return it', () => {
      expect(parseCountFlag('--batch', '500')).toBe(500);
    });
  });

  describe('having 0 with a minimum of 0', () => {
    it('should accept it', () => {
      expect(parseCountFlag('--ttl-tolerance', '0', 0)).toBe(0);
    });
  });

  describe.each(['0', 'x', '1.5', '-3', ''])('having %j for --batch', (raw) => {
    it('should throw USAGE naming the flag and the value', () => {
      expect(() => parseCountFlag('--batch', raw)).toThrow(
        `--batch must be a whole number >= 1, got ${JSON.stringify(raw)}`,
      );
    });
  });
});
