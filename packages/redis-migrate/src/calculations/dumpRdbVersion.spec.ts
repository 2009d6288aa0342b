import { describe, expect, it } from 'vitest';
import { dumpRdbVersion } from './dumpRdbVersion.js';

describe(dumpRdbVersion, () => {
  describe('having the DUMP of the string "hello" from Redis 7.0 (RDB 10)', () => {
    it('should read 10 from the trailer', () => {
      const payload = Buffer.concat([
        Buffer.from([0x00, 0x05]),
        Buffer.from('hello'),
        Buffer.from([0x0a, 0x00]),
        Buffer.alloc(8, 0xab),
      ]);
      expect(dumpRdbVersion(payload)).toBe(10);
    });
  });

  describe('having a payload shorter than a trailer', () => {
    it('should return undefined', () => {
      expect(dumpRdbVersion(Buffer.alloc(9))).toBeUndefined();
    });
  });
});
