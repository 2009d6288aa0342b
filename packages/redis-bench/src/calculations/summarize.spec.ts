import { describe, expect, it } from 'vitest';
import type { ContenderRuns, ScenarioResult } from '../models/Results.js';
import { scenarioInfo } from '../testing/fixtures.js';
import { summarize } from './summarize.js';

const runs = (...rates: number[]): ContenderRuns['runs'] =>
  rates.map((rate) => ({ ops: rate, elapsedMs: 1_000, cpuMicros: rate * 4, p50Us: 50, p99Us: 90 }));

const result: ScenarioResult = {
  scenario: scenarioInfo('sequential'),
  opsPerRun: 100,
  contenders: [
    { mode: 'cluster', client: 'ours', label: 'ours', runs: runs(80, 90, 100) },
    { mode: 'standalone', client: 'ours', label: 'ours', runs: runs(190, 200, 210) },
    { mode: 'standalone', client: 'ioredis', label: 'ioredis', runs: runs(250, 200, 150) },
    { mode: 'cluster', client: 'ioredis', label: 'ioredis', runs: runs(100, 100, 100) },
    { mode: 'cluster', client: 'nodeRedis', label: 'node-redis', runs: [], error: 'CROSSSLOT' },
  ],
};

describe(summarize, () => {
  describe('having contenders of both modes, interleaved', () => {
    it('should list standalone rows first, keeping the contenders order', () => {
      expect(summarize([result]).map((row) => `${row.mode} ${row.client}`)).toStrictEqual([
        'standalone ours',
        'standalone ioredis',
        'cluster ours',
        'cluster ioredis',
        'cluster nodeRedis',
      ]);
    });
  });

  describe('having three rounds', () => {
    it('should report the median rate, its spread, latencies and CPU per op', () => {
      const [row] = summarize([result]);
      const round = (value = Number.NaN): number => Number(value.toFixed(9));
      expect(
        [row?.opsPerSecond, row?.spread.low, row?.spread.high, row?.p50Us, row?.p99Us, row?.cpuUsPerOp].map(
          round,
        ),
      ).toStrictEqual([200, -0.05, 0.05, 50, 90, 4]);
    });
  });

  describe('having a raw ioredis row in the same mode', () => {
    it('should divide by its median, per mode', () => {
      expect(summarize([result]).map((row) => row.ratio)).toStrictEqual([1, 1, 0.9, 1, undefined]);
    });
  });

  describe('having a failed contender', () => {
    it('should carry its error and no rate', () => {
      const failed = summarize([result])[4];
      expect({ error: failed?.error, rate: failed?.opsPerSecond }).toStrictEqual({
        error: 'CROSSSLOT',
        rate: Number.NaN,
      });
    });
  });
});
