import { keySlot } from '@org/redis-core';
import { describe, expect, it } from 'vitest';
import { benchKey, benchValue, taggedKey } from './benchKeys.js';

describe(benchKey, () => {
  describe('having the smallest and largest index', () => {
    it('should make 16-byte keys', () => {
      expect(
        [benchKey('k', 0), benchKey('k', 99_999_999)].map((key) => Buffer.byteLength(key)),
      ).toStrictEqual([16, 16]);
    });
  });

  describe('having an index that does not fit', () => {
    it('should throw', () => {
      expect(() => benchKey('k', 100_000_000)).toThrow(RangeError);
    });
  });

  describe('having a kind longer than one character', () => {
    it('should throw', () => {
      expect(() => benchKey('kk', 1)).toThrow(/one character/);
    });
  });
});

describe(taggedKey, () => {
  describe('having one tag and two indexes', () => {
    it('should make 16-byte keys in one slot', () => {
      const keys = [taggedKey(7, 'p', 0), taggedKey(7, 'p', 9_999_999_999)];
      expect({
        bytes: keys.map((key) => Buffer.byteLength(key)),
        sameSlot: keySlot(keys[0]!, '') === keySlot(keys[1]!, ''),
      }).toStrictEqual({ bytes: [16, 16], sameSlot: true });
    });
  });
});

describe('benchValue', () => {
  it('should be 64 bytes', () => {
    expect(Buffer.byteLength(benchValue)).toBe(64);
  });
});
