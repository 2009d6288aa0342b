import { describe, expect, it } from 'vitest';
import { rotatedOrder } from './rotatedOrder.js';

describe(rotatedOrder, () => {
  describe('having 10 contenders over 3 rounds', () => {
    it('should start each round about a third further on', () => {
      expect([0, 1, 2].map((round) => rotatedOrder(10, round, 3)[0])).toStrictEqual([0, 3, 6]);
    });
  });

  describe('having any round', () => {
    it('should run every contender exactly once', () => {
      expect(rotatedOrder(7, 5, 7).sort((a, b) => a - b)).toStrictEqual([0, 1, 2, 3, 4, 5, 6]);
    });
  });

  describe('having no contenders', () => {
    it('should return an empty order', () => {
      expect(rotatedOrder(0, 1, 3)).toStrictEqual([]);
    });
  });
});
