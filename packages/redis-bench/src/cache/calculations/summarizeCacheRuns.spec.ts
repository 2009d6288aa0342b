import { describe, expect, it } from 'vitest';
import type { CacheContenderRuns, CacheScenarioResult } from '../models/CacheResults.js';
import { cacheScenario } from '../testing/cacheFixtures.js';
import { summarizeCacheRuns } from './summarizeCacheRuns.js';

const run = (rate: number, p50Us: number) => ({
  ops: rate,
  elapsedMs: 1_000,
  cpuMicros: rate,
  p50Us,
  p99Us: p50Us * 4,
});
const runs = (
  overrides: Partial<CacheContenderRuns> & Pick<CacheContenderRuns, 'contender' | 'mode'>,
): CacheContenderRuns => ({
  runs: [run(8_000, 110), run(10_000, 100), run(6_000, 150)],
  factoryRuns: 0,
  wrongAnswers: 0,
  commands: { get: 24_000 },
  ...overrides,
});

const result: CacheScenarioResult = {
  scenario: cacheScenario('l2Hit'),
  opsPerRun: 100,
  contenders: [
    runs({ contender: 'bentocache', mode: 'cluster', runs: [run(2_000, 300)] }),
    runs({ contender: 'ours', mode: 'cluster', runs: [run(5_000, 200)] }),
    runs({ contender: 'bentocache', mode: 'standalone', runs: [run(4_000, 200)] }),
    runs({ contender: 'ours', mode: 'standalone' }),
  ],
};

describe(summarizeCacheRuns, () => {
  describe('having both caches in both modes, in any order', () => {
    it('should give standalone before cluster, ours before bentocache', () => {
      expect(summarizeCacheRuns([result]).map((row) => `${row.mode} ${row.contender}`)).toStrictEqual([
        'standalone ours',
        'standalone bentocache',
        'cluster ours',
        'cluster bentocache',
      ]);
    });
  });

  describe('having three rounds', () => {
    it('should give the medians of ops/s, p50, p99 and CPU per op, with the spread', () => {
      const [row] = summarizeCacheRuns([result]);
      expect([row?.opsPerSecond, row?.spread, row?.p50Us, row?.p99Us, row?.cpuUsPerOp]).toStrictEqual([
        8_000,
        { low: -0.25, high: 0.25 },
        110,
        440,
        1,
      ]);
    });
  });

  describe('having ours at 5,000 and bentocache at 2,000 ops/s in cluster mode', () => {
    it("should put 2.5 on ours' row", () => {
      expect(summarizeCacheRuns([result])[2]?.ratio).toBe(2.5);
    });
  });

  describe("having 24,000 GET over ours' 24,000 standalone ops", () => {
    it('should give one command per op', () => {
      const [row] = summarizeCacheRuns([result]);
      expect([row?.commandsPerOp, row?.topCommands]).toStrictEqual([1, 'get 1.0']);
    });
  });

  describe('having a contender that failed', () => {
    it('should keep its row with no ops/s and its error', () => {
      const failed = {
        ...result,
        contenders: [runs({ contender: 'ours', mode: 'standalone', error: 'CROSSSLOT' })],
      };
      const [row] = summarizeCacheRuns([failed]);
      expect([row?.opsPerSecond, row?.error]).toStrictEqual([Number.NaN, 'CROSSSLOT']);
    });
  });
});
