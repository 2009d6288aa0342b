import { describe, expect, it } from 'vitest';
import { rdbTypeName } from './rdbTypeName.js';

describe(rdbTypeName, () => {
  describe.each([
    [0, 'string'],
    [16, 'hash'],
    [18, 'list'],
    [20, 'set'],
    [17, 'zset'],
    [21, 'stream'],
  ])('having type byte %i', (byte, type) => {
    it(`should read ${type}`, () => {
      expect(rdbTypeName(Buffer.from([byte, 0x00]))).toBe(type);
    });
  });

  describe('having a module type byte', () => {
    it('should not know it', () => {
      expect(rdbTypeName(Buffer.from([7]))).toBeUndefined();
    });
  });
});
