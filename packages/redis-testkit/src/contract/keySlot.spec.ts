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

  describe('having a Buffer key that is not UTF-8', () => {
    it('should hash its bytes, not their text decoding', () => {
      const key = Buffer.from([0x61, 0xff, 0x00, 0xfe]);
      expect(keySlot(key)).not.toBe(keySlot(key.toString()));
    });
  });

  describe('having a hash tag in Buffer bytes', () => {
    it('should hash only the tag', () => {
      expect(keySlot(Buffer.concat([Buffer.from('{user1000}'), Buffer.from([0xff])]))).toBe(
        keySlot('user1000'),
      );
    });
  });
});
