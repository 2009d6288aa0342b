import { RedisError } from '@org/redis-interface';
import { describe, expect, it } from 'vitest';
import { assertSameSlot, groupBySlot, keySlot } from './keySlot.js';

describe(keySlot, () => {
  describe('having a hash tag', () => {
    it('should hash only the tag, so tagged keys share a slot', () => {
      expect(keySlot('{user:1}:cart', '')).toBe(keySlot('{user:1}:profile', ''));
    });
  });

  describe('having a key prefix', () => {
    it('should hash the prefixed key, as the server sees it', () => {
      expect(keySlot('foo', 'app:')).toBe(keySlot('app:foo', ''));
    });
  });

  describe('having a Buffer key', () => {
    it('should hash its bytes like the same text', () => {
      expect(keySlot(Buffer.from('foo'), 'app:')).toBe(keySlot('app:foo', ''));
    });
  });

  describe('having the documented example key', () => {
    it('should match the slot Redis gives "foo" (12182)', () => {
      expect(keySlot('foo', '')).toBe(12_182);
    });
  });
});

describe(groupBySlot, () => {
  describe('having keys in three slots, interleaved', () => {
    it('should group positions by slot in order of first appearance', () => {
      expect(groupBySlot(['{a}1', '{b}1', '{a}2', '{c}1', '{b}2'], '')).toStrictEqual([[0, 2], [1, 4], [3]]);
    });
  });

  describe('having no keys', () => {
    it('should return no groups', () => {
      expect(groupBySlot([], '')).toStrictEqual([]);
    });
  });
});

describe(assertSameSlot, () => {
  describe('having keys in one slot', () => {
    it('should not throw', () => {
      expect(() => assertSameSlot('rename', ['{u}a', '{u}b'], '')).not.toThrow();
    });
  });

  describe('having keys in two slots', () => {
    it('should throw CROSS_SLOT naming each key with its slot', () => {
      let caught: unknown;
      try {
        assertSameSlot('rename', ['a', 'b'], '');
      } catch (error) {
        caught = error;
      }
      expect(RedisError.is(caught, 'CROSS_SLOT') ? caught.details?.keys : undefined).toStrictEqual([
        { key: 'a', slot: keySlot('a', '') },
        { key: 'b', slot: keySlot('b', '') },
      ]);
    });
  });
});
