import { describe, expect, it } from 'vitest';
import { MigrateError } from '../models/MigrateError.js';
import { parseCountFlag } from './parseCountFlag.js';

describe(parseCountFlag, () => {
  describe('having a whole number', () => {
    it('should return it', () => {
      expect(parseCountFlag('--batch', '500')).toBe(500);
    });
  });

  describe.each(['x', '1.5', '-1', '', '0'])('having %j', (value) => {
    it('should throw USAGE naming the flag and the value', () => {
      expect(() => parseCountFlag('--batch', value)).toThrow(
        new MigrateError('USAGE', `--batch must be a whole number >= 1, got ${JSON.stringify(value)}`),
      );
    });
  });

  describe('having 0 with a minimum of 0', () => {
    it('should return 0', () => {
      expect(parseCountFlag('--db', '0', 0)).toBe(0);
    });
  });
});
