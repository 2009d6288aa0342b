import { describe, expect, it } from 'vitest';
import type { TargetResult, TargetSpec } from '../models/Target.js';
import { renderTargets } from './renderTargets.js';

const spec: TargetSpec = {
  id: 2,
  title: 'Defaults vs ioredis defaults',
  minimum: 1.5,
  checks: [],
  note: 'compared by hand',
  whyMissed: 'one batch in flight per node',
};

describe(renderTargets, () => {
  describe('having a missed target', () => {
    const text = renderTargets([
      { spec, checks: [{ label: 'standalone', ratio: 1.2, met: false }], met: false, worst: 1.2 },
    ]);

    it('should say by how much, per check and overall', () => {
      expect(text.split('\n').slice(0, 2)).toStrictEqual([
        '2. Defaults vs ioredis defaults — target ≥ 1.50×: **missed** by 20.0% (lowest 1.20×)',
        '   - standalone: 1.20× (missed by 20.0%)',
      ]);
    });

    it('should give the note and why', () => {
      expect(text).toContain('   - Note: compared by hand\n   - Why: one batch in flight per node');
    });
  });

  describe('having a met target', () => {
    it('should not explain why', () => {
      const met: TargetResult = {
        spec,
        checks: [{ label: 'standalone', ratio: 1.6, met: true }],
        met: true,
        worst: 1.6,
      };
      expect(renderTargets([met])).not.toContain('Why');
    });
  });

  describe('having a target that could not be measured', () => {
    it('should say so', () => {
      expect(renderTargets([{ spec, checks: [{ label: 'standalone' }] }])).toContain('**not measured**');
    });
  });
});
