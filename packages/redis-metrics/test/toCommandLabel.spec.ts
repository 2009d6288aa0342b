import { describe, expect, it } from 'vitest';
import { toCommandLabel } from '../src/index.js';

describe(toCommandLabel, () => {
  describe.each(['get', 'mget', 'pipeline', 'transaction', 'client list', 'json_get', 'x'])(
    'having the Redis-like name %j',
    (command) => {
      it('should keep it', () => {
        expect(toCommandLabel(command)).toBe(command);
      });
    },
  );

  describe.each([
    ['a key', 'user:42'],
    ['upper case', 'GET'],
    ['a leading digit', '1get'],
    ['33 characters', 'a'.repeat(33)],
    ['an empty name', ''],
    ['a non-string', 42],
    ['a trailing newline', 'get\n'],
  ])('having %s', (_, command) => {
    it('should return other', () => {
      expect(toCommandLabel(command)).toBe('other');
    });
  });
});
