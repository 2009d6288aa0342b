import { describe, expect, it } from 'vitest';
import { keySlot } from './keySlot.js';

describe(keySlot, () => {
  describe('having a key without hash tag', () => {
    it('should hash the whole key with CRC16/XMODEM modulo 16384', () => {
      expect([keySlot('123456789'), keySlot('foo')]).toEqual([12_739, 12_182]);
    });
  });

  describe('having a hash tag', () => {
    it('should hash only the tag', () => {
      expect(keySlot('{user1000}.following')).toBe(keySlot('user1000'));
    });
  });

  describe('having an empty tag', () => {
    it('should hash the whole key', () => {
      expect(keySlot('{}foo')).not.toBe(keySlot('foo'));
    });
  });
});
