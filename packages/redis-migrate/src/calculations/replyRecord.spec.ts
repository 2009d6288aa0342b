import { describe, expect, it } from 'vitest';
import { replyRecord } from './replyRecord.js';

describe(replyRecord, () => {
  describe('having a flat RESP2 array', () => {
    it('should pair names with values', () => {
      expect(replyRecord([Buffer.from('name'), Buffer.from('g'), 'lag', 0])).toStrictEqual(
        new Map<string, unknown>([
          ['name', Buffer.from('g')],
          ['lag', 0],
        ]),
      );
    });
  });

  describe('having a RESP3 map', () => {
    it('should read the names as text', () => {
      expect(replyRecord(new Map([[Buffer.from('pending'), 3]]))).toStrictEqual(new Map([['pending', 3]]));
    });
  });

  describe('having a scalar', () => {
    it('should throw a TypeError', () => {
      expect(() => replyRecord(3)).toThrow(TypeError);
    });
  });
});
