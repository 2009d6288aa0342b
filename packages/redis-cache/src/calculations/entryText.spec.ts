import { describe, expect, it } from 'vitest';
import { decodeEntry, encodeEntry } from './entryText.js';

describe(decodeEntry, () => {
  describe('having an encoded entry with tags', () => {
    it('should give back its times, tags and payload', () => {
      const text = encodeEntry('{"a":"x\u001fy"}', 10, 20, ['shop:1', 'user']);
      expect(decodeEntry(text)).toEqual({
        payload: '{"a":"x\u001fy"}',
        expiresAt: 10,
        staleUntil: 20,
        tags: ['shop:1', 'user'],
      });
    });
  });

  describe('having no tags', () => {
    it('should give an empty list', () => {
      expect(decodeEntry(encodeEntry('1', 1, 2, []))?.tags).toEqual([]);
    });
  });

  describe.each([['plain text'], ['a\u001fb'], ['x\u001fy\u001f\u001f1']])('having %j', (text) => {
    it('should not take it for an entry', () => {
      expect(decodeEntry(text)).toBeUndefined();
    });
  });
});
