import { describe, expect, it } from 'vitest';
import type { MigrateRun } from '../models/MigrateRun.js';
import { summarizeMigrateRuns } from './summarizeMigrateRuns.js';

const run = (
  tool: MigrateRun['tool'],
  keys: number,
  wallSeconds: number,
  rssMiB: number,
  verifySeconds?: number,
): MigrateRun => ({
  tool,
  keys,
  copy: {
    wallSeconds,
    peakRssBytes: rssMiB * 1024 ** 2,
    cpuSeconds: wallSeconds,
    exitCode: 0,
    timedOut: false,
  },
  sourceCpuSeconds: wallSeconds / 2,
  targetCpuSeconds: wallSeconds,
  sourceKeys: keys,
  targetKeys: keys,
  ...(verifySeconds === undefined
    ? {}
    : {
        verify: {
          wallSeconds: verifySeconds,
          peakRssBytes: 50 * 1024 ** 2,
          cpuSeconds: 1,
          exitCode: 0,
          timedOut: false,
        },
      }),
});

describe(summarizeMigrateRuns, () => {
  describe('having two ours runs with verify and one redis-cli run at 1 000 keys', () => {
    const summaries = summarizeMigrateRuns([
      run('ours', 1_000, 1, 80, 0.5),
      run('redis-cli', 1_000, 10, 10),
      run('ours', 1_000, 3, 90, 1.5),
    ]);

    it('should give ours keys/s from the median wall time', () => {
      expect(summaries.find((entry) => entry.tool === 'ours')?.keysPerSecond).toBe(500);
    });

    it('should give the slowest and fastest run', () => {
      expect(summaries.find((entry) => entry.tool === 'ours')?.keysPerSecondRange).toStrictEqual([
        1_000 / 3,
        1_000,
      ]);
    });

    it('should keep the highest peak RSS', () => {
      expect(summaries.find((entry) => entry.tool === 'ours')?.peakRssBytes).toBe(90 * 1024 ** 2);
    });

    it('should summarize verify from the runs that had it', () => {
      expect(summaries.find((entry) => entry.tool === 'verify')).toMatchObject({
        runs: 2,
        keysPerSecond: 1_000,
      });
    });

    it('should give the median CPU of the tool', () => {
      expect(summaries.find((entry) => entry.tool === 'ours')?.toolCpuSeconds).toBe(2);
    });

    it('should list ours, then redis-cli, then verify', () => {
      expect(summaries.map((entry) => entry.tool)).toStrictEqual(['ours', 'redis-cli', 'verify']);
    });
  });
});
