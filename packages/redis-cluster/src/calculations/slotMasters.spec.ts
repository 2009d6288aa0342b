import { describe, expect, it } from 'vitest';
import { slotMasters } from './slotMasters.js';

describe(slotMasters, () => {
  describe('having every slot served', () => {
    it('should list each master once and report no uncovered slot', () => {
      const found = slotMasters([['a:1', 'r:1'], ['a:1'], ['b:2']]);
      expect([[...found.masters], found.uncovered]).toStrictEqual([['a:1', 'b:2'], false]);
    });
  });

  describe('having a slot without a node', () => {
    it('should report it uncovered', () => {
      expect(slotMasters([['a:1'], []]).uncovered).toBe(true);
    });
  });

  describe('having an empty table', () => {
    it('should report it uncovered', () => {
      expect(slotMasters([]).uncovered).toBe(true);
    });
  });
});
