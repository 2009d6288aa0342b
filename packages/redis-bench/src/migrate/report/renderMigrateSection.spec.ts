import { describe, expect, it } from 'vitest';
import type { MigrateSummary } from '../calculations/summarizeMigrateRuns.js';
import { renderMigrateSection } from './renderMigrateSection.js';

const row = (
  tool: MigrateSummary['tool'],
  keys: number,
  keysPerSecond: number,
  rssMiB: number,
): MigrateSummary => ({
  tool,
  keys,
  runs: 1,
  medianWallSeconds: keys / keysPerSecond,
  keysPerSecond,
  keysPerSecondRange: [keysPerSecond, keysPerSecond],
  peakRssBytes: rssMiB * 1024 ** 2,
  toolCpuSeconds: 3,
  sourceCpuSeconds: 1.25,
  targetCpuSeconds: 2,
});

const render = (summaries: readonly MigrateSummary[]): string =>
  renderMigrateSection({
    command: 'pnpm bench:migrate',
    date: '2026-12-03T12:00:00Z',
    machine: '2 × CPU',
    versions: 'redis-server 7.0.15',
    dataset: 'all-types',
    summaries,
    notes: ['verify: not run'],
  });

describe(renderMigrateSection, () => {
  describe('having ours, redis-cli and verify at 100 k and 1 M', () => {
    const text = render([
      row('ours', 100_000, 60_000, 90),
      row('ours', 1_000_000, 60_000, 110),
      row('redis-cli', 100_000, 10_000, 8),
      row('redis-cli', 1_000_000, 10_000, 8),
      row('verify', 1_000_000, 90_000, 80),
    ]);

    it('should give a table row per size with keys/s and peak RSS', () => {
      expect(text).toContain(
        '| 1,000,000 |    1 |          16.7 | 60,000 |   60,000–60,000 |         110 |        3.0 |          1.3 |          2.0 |',
      );
    });

    it('should state the ratio against the 5x goal', () => {
      expect(text).toContain('1,000,000 keys: ours / redis-cli keys/s = **6.0x** (goal >= 5x: met)');
    });

    it('should compare the CPU per key of tool and servers', () => {
      expect(text).toContain(
        '1,000,000 keys: CPU per key, tool + source + target: ours 6 µs, redis-cli 6 µs',
      );
    });

    it('should compare verify with the copy', () => {
      expect(text).toContain('verify 90,000 keys/s = 1.50x the copy (goal >= 1x: met)');
    });

    it('should compare our memory at both sizes', () => {
      expect(text).toContain(
        'ours peak RSS: 90 MB at 100,000 keys, 110 MB at 1,000,000 keys (1.22x for 10x the keys; flat means <= 1.5x: met)',
      );
    });

    it('should end with the notes', () => {
      expect(text.endsWith('- verify: not run')).toBe(true);
    });
  });

  describe('having redis-cli alone', () => {
    it('should render its table and no ratio', () => {
      expect(render([row('redis-cli', 100_000, 10_000, 8)])).not.toContain('ours / redis-cli');
    });
  });
});
