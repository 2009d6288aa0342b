import { describe, expect, it } from 'vitest';
import { displayKey } from './displayKey.js';

describe(displayKey, () => {
  describe('having a UTF-8 key', () => {
    it('should show its text', () => {
      expect(displayKey(Buffer.from('user:ö:1'))).toBe('user:ö:1');
    });
  });

  describe('having bytes that are not UTF-8', () => {
    it('should show them as hex', () => {
      expect(displayKey(Buffer.from([0x61, 0xff, 0xfe]))).toBe('hex:61fffe');
    });
  });

  describe('having a text key that starts with hex:', () => {
    it('should show it as hex, so that no two keys look alike', () => {
      expect(displayKey(Buffer.from('hex:61'))).toBe('hex:6865783a3631');
    });
  });
});
