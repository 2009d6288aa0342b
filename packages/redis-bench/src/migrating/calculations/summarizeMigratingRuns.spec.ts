import { describe, expect, it } from 'vitest';
import type { MigratingScenarioResult } from '../models/MigratingResults.js';
import { migratingScenario } from '../testing/migratingFixtures.js';
import { summarizeMigratingRuns } from './summarizeMigratingRuns.js';

const run = (rate: number, p50Us: number) => ({
  ops: rate,
  elapsedMs: 1_000,
  cpuMicros: rate * 3,
  p50Us,
  p99Us: p50Us * 4,
});

const result: MigratingScenarioResult = {
  scenario: migratingScenario('setSequential'),
  opsPerRun: 100,
  variants: [
    { variant: 'standalone', runs: [run(8_000, 110), run(10_000, 100), run(6_000, 150)] },
    { variant: 'dualWrite', runs: [run(4_000, 250)], error: 'READONLY' },
  ],
};

describe(summarizeMigratingRuns, () => {
  describe('having three rounds', () => {
    it('should give the medians of ops/s, p50, p99 and CPU per op, with the spread', () => {
      const [row] = summarizeMigratingRuns([result]);
      expect([row?.opsPerSecond, row?.spread, row?.p50Us, row?.p99Us, row?.cpuUsPerOp]).toStrictEqual([
        8_000,
        { low: -0.25, high: 0.25 },
        110,
        440,
        3,
      ]);
    });
  });

  describe('having a variant that failed', () => {
    it('should keep its row with no ops/s and its error', () => {
      const row = summarizeMigratingRuns([result])[1];
      expect([row?.variant, row?.opsPerSecond, row?.error]).toStrictEqual([
        'dualWrite',
        Number.NaN,
        'READONLY',
      ]);
    });
  });
});
