import { describe, expect, it } from 'vitest';
import { RedisError } from '../models/errors/RedisError.js';
import { createCrossSlotError } from './createCrossSlotError.js';

const keys = [
  { key: 'a', slot: 15495 },
  { key: 'b', slot: 3300 },
];

describe(createCrossSlotError, () => {
  describe('having keys in two slots', () => {
    const error = createCrossSlotError('RENAME', keys);

    it('should be a CROSS_SLOT RedisError', () => {
      expect(RedisError.is(error, 'CROSS_SLOT')).toBe(true);
    });

    it('should name the keys, their slots and the fix', () => {
      expect(error.message).toBe(
        'RENAME needs all its keys in one hash slot, but they map to 2 slots (a → 15495, b → 3300): ' +
          'put the same hash tag in every key, e.g. {user:1}:profile and {user:1}:cart.',
      );
    });

    it('should carry the keys in details', () => {
      expect(error.details).toStrictEqual({ command: 'RENAME', keys });
    });
  });

  describe('having many keys', () => {
    it('should list the first ten and count the rest', () => {
      const many = Array.from({ length: 12 }, (_, index) => ({ key: `k${index}`, slot: index }));
      expect(createCrossSlotError('DEL', many).message).toContain('k9 → 9, and 2 more):');
    });
  });
});
