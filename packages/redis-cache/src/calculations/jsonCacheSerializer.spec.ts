import { describe, expect, it } from 'vitest';
import { jsonCacheSerializer } from './jsonCacheSerializer.js';

describe('jsonCacheSerializer', () => {
  describe('having plain data', () => {
    it('should round-trip it', () => {
      const value = { a: [1, 'two', null, true], nested: { x: 1.5 } };
      expect(jsonCacheSerializer.deserialize(jsonCacheSerializer.serialize(value))).toEqual(value);
    });
  });

  describe.each([
    ['undefined', undefined],
    ['a function inside', { f: () => 1 }],
    ['a Map', new Map()],
    ['a BigInt', 1n],
  ])('having %s', (_label, value) => {
    it('should throw rather than store something else', () => {
      expect(() => jsonCacheSerializer.serialize(value)).toThrow(TypeError);
    });
  });
});
