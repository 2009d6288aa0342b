import { describe, expect, it } from 'vitest';
import type { TargetSpec } from '../models/Target.js';
import { resultRow } from '../testing/fixtures.js';
import { evaluateTargets, shortfall } from './evaluateTargets.js';

const spec: TargetSpec = {
  id: 1,
  title: 'overhead',
  minimum: 0.95,
  checks: [
    {
      label: 'standalone',
      numerator: { scenario: 'inFlight', mode: 'standalone', client: 'ours' },
      denominator: { scenario: 'inFlight', mode: 'standalone', client: 'ioredis' },
    },
    {
      label: 'cluster',
      numerator: { scenario: 'inFlight', mode: 'cluster', client: 'ours' },
      denominator: { scenario: 'inFlight', mode: 'cluster', client: 'ioredis' },
    },
  ],
  whyMissed: 'because',
};

const rows = [
  resultRow('inFlight', 'standalone', 'ours', 98),
  resultRow('inFlight', 'standalone', 'ioredis', 100),
  resultRow('inFlight', 'cluster', 'ours', 90),
  resultRow('inFlight', 'cluster', 'ioredis', 100),
];

describe(evaluateTargets, () => {
  describe('having one check met and one missed', () => {
    it('should report each ratio and the target as missed at the lowest', () => {
      const [result] = evaluateTargets(rows, [spec]);
      expect({ checks: result?.checks, met: result?.met, worst: result?.worst }).toStrictEqual({
        checks: [
          { label: 'standalone', ratio: 0.98, met: true },
          { label: 'cluster', ratio: 0.9, met: false },
        ],
        met: false,
        worst: 0.9,
      });
    });
  });

  describe('having a row missing', () => {
    it('should leave the target undecided', () => {
      const [result] = evaluateTargets(rows.slice(0, 3), [spec]);
      expect(result?.met).toBeUndefined();
    });
  });

  describe('having a failed row', () => {
    it('should not use its rate', () => {
      const failed = [
        ...rows.slice(0, 3),
        resultRow('inFlight', 'cluster', 'ioredis', Number.NaN, { error: 'x' }),
      ];
      expect(evaluateTargets(failed, [spec])[0]?.checks[1]).toStrictEqual({ label: 'cluster' });
    });
  });
});

describe(shortfall, () => {
  describe('having a ratio below the target', () => {
    it('should return the missing fraction of the target', () => {
      expect(shortfall(0.75, 1.5)).toBe(0.5);
    });
  });

  describe('having a ratio that meets it', () => {
    it('should return 0', () => {
      expect(shortfall(2, 1.5)).toBe(0);
    });
  });
});
