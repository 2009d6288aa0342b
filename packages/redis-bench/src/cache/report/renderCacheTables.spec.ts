import { describe, expect, it } from 'vitest';
import { cacheRow, stampede } from '../testing/cacheFixtures.js';
import { renderCacheTable, renderStampedeTable } from './renderCacheTables.js';

describe(renderCacheTable, () => {
  describe('having two rows of one scenario', () => {
    it('should name the scenario on the first only, with the ratio on ours', () => {
      const lines = renderCacheTable([
        cacheRow('l1Hit', 'standalone', 'ours', 400_000, { ratio: 4 }),
        cacheRow('l1Hit', 'standalone', 'bentocache', 100_000),
      ]).split('\n');
      expect([
        lines[2]?.includes('title of l1Hit'),
        lines[2]?.includes('4.00×'),
        lines[3]?.startsWith('|  '),
      ]).toStrictEqual([true, true, true]);
    });
  });

  describe('having a failed row', () => {
    it('should show its error instead of ops/s', () => {
      expect(
        renderCacheTable([cacheRow('miss', 'cluster', 'bentocache', Number.NaN, { error: 'MOVED' })]),
      ).toContain('failed: MOVED');
    });
  });
});

describe(renderStampedeTable, () => {
  describe('having 8 runs in each of 3 rounds', () => {
    it('should give 8 per round, none with one run, 24 in all', () => {
      const line = renderStampedeTable([stampede('bentocache', 'cluster', [8, 8, 8])]).split('\n')[2] ?? '';
      expect(
        line
          .split('|')
          .map((cell) => cell.trim())
          .slice(3, 7),
      ).toStrictEqual(['8', '8 / 8', '0 of 3', '24']);
    });
  });
});
