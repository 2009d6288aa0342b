import { describe, expect, it } from 'vitest';
import { toCacheLabel } from '../src/calculations/toCacheLabel.js';

describe(toCacheLabel, () => {
  describe.each(['users', 'Users_2', 'session-store', 'a'.repeat(64)])(
    'having the cache name %j',
    (cache) => {
      it('should keep it', () => {
        expect(toCacheLabel(cache)).toBe(cache);
      });
    },
  );

  describe.each([
    ['a key', 'users:42'],
    ['65 characters', 'a'.repeat(65)],
    ['an empty name', ''],
    ['a space', 'my cache'],
    ['a non-string', 42],
    ['no name', undefined],
    ['a trailing newline', 'users\n'],
  ])('having %s', (_, cache) => {
    it('should return other', () => {
      expect(toCacheLabel(cache)).toBe('other');
    });
  });
});
