import { describe, expect, it } from 'vitest';
import { cacheRow, stampede } from '../testing/cacheFixtures.js';
import { evaluateCacheGoals } from './evaluateCacheGoals.js';

describe(evaluateCacheGoals, () => {
  describe('having ours at 1.6× on L2 hits', () => {
    it('should meet the 1.5× goal', () => {
      const [goal] = evaluateCacheGoals([cacheRow('l2Hit', 'cluster', 'ours', 1_600, { ratio: 1.6 })], []);
      expect([goal?.outcome, goal?.measured]).toStrictEqual(['met', '1.60×']);
    });
  });

  describe('having ours at 1.2× on L2 hits', () => {
    it('should not meet the 1.5× goal', () => {
      const [goal] = evaluateCacheGoals([cacheRow('l2Hit', 'cluster', 'ours', 1_200, { ratio: 1.2 })], []);
      expect(goal?.outcome).toBe('not met');
    });
  });

  describe('having ours at 0.7× on misses', () => {
    it('should not meet the 1× goal', () => {
      const [goal] = evaluateCacheGoals([cacheRow('miss', 'standalone', 'ours', 700, { ratio: 0.7 })], []);
      expect(goal?.outcome).toBe('not met');
    });
  });

  describe('having no bentocache figure', () => {
    it('should not measure the goal', () => {
      const [goal] = evaluateCacheGoals([cacheRow('many', 'cluster', 'ours', 900)], []);
      expect(goal?.outcome).toBe('not measured');
    });
  });

  describe("having bentocache's row", () => {
    it('should give it no goal of its own', () => {
      expect(evaluateCacheGoals([cacheRow('many', 'cluster', 'bentocache', 400)], [])).toStrictEqual([]);
    });
  });

  describe('having one factory run in every round of ours', () => {
    it('should meet the stampede goal and ignore bentocache', () => {
      const goals = evaluateCacheGoals(
        [],
        [stampede('ours', 'standalone', [1, 1, 1]), stampede('bentocache', 'standalone', [8, 8, 8])],
      );
      expect(goals.map((goal) => [goal.outcome, goal.measured])).toStrictEqual([
        ['met', '3 of 3 rounds with one run'],
      ]);
    });
  });

  describe('having a round of ours with two runs', () => {
    it('should not meet the stampede goal', () => {
      const [goal] = evaluateCacheGoals([], [stampede('ours', 'cluster', [1, 2, 1])]);
      expect(goal?.outcome).toBe('not met');
    });
  });
});
