import { describe, expect, it } from 'vitest';
import { keyRandom, randomBytes } from './keyRandom.js';

describe(keyRandom, () => {
  describe('having the same seed and index', () => {
    it('should give the same numbers', () => {
      const first = keyRandom(7, 42);
      const second = keyRandom(7, 42);
      expect(Array.from({ length: 5 }, first)).toStrictEqual(Array.from({ length: 5 }, second));
    });
  });

  describe('having neighbouring indexes', () => {
    it('should give different numbers', () => {
      expect(keyRandom(1, 1)()).not.toBe(keyRandom(1, 2)());
    });
  });

  describe('having many draws', () => {
    it('should stay within [0, 1)', () => {
      const random = keyRandom(3, 9);
      const draws = Array.from({ length: 10_000 }, random);
      expect(draws.every((value) => value >= 0 && value < 1)).toBe(true);
    });
  });
});

describe(randomBytes, () => {
  describe('having binary false', () => {
    it('should give letters and digits only', () => {
      expect(randomBytes(keyRandom(1, 1), 200, false).toString('latin1')).toMatch(/^[a-z0-9]{200}$/);
    });
  });

  describe('having binary true', () => {
    it('should give bytes that are not valid UTF-8', () => {
      const bytes = randomBytes(keyRandom(1, 1), 20, true);
      expect(Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes)).toBe(false);
    });
  });
});
