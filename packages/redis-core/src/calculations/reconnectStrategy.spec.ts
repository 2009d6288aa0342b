import { describe, expect, it } from 'vitest';
import { reconnectStrategy } from './reconnectStrategy.js';

const config = { reconnectInitialDelayMs: 50, reconnectMaxDelayMs: 200 };

describe(reconnectStrategy, () => {
  describe('having no jitter', () => {
    it('should double the first delay up to the maximum and stay there', () => {
      const delay = reconnectStrategy(config, () => 0);
      expect([1, 2, 3, 4, 5, 100, 10_000].map(delay)).toStrictEqual([50, 100, 200, 200, 200, 200, 200]);
    });
  });

  describe('having the largest jitter', () => {
    it('should shorten each delay by a fifth at most', () => {
      const delay = reconnectStrategy(config, () => 0.999_999);
      expect([1, 3, 50].map(delay)).toStrictEqual([40, 160, 160]);
    });
  });

  describe('having the smallest delays', () => {
    it('should never return less than 1 ms', () => {
      const delay = reconnectStrategy({ reconnectInitialDelayMs: 1, reconnectMaxDelayMs: 1 }, () => 0.999);
      expect(delay(1)).toBe(1);
    });
  });
});
