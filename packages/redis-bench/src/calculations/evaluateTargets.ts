import type { ResultRow } from '../models/Results.js';
import type { CheckResult, RowRef, TargetResult, TargetSpec } from '../models/Target.js';
import { findRow } from './findRow.js';

const rateOf = (rows: readonly ResultRow[], ref: RowRef): number | undefined =>
  findRow(rows, ref)?.opsPerSecond;

/**
 * Judge each target on the rows of one run: every check's ratio (numerator ops/s over denominator
 * ops/s), met when it reaches the minimum. A target is met when all its checks are, and unknown
 * (undefined) when a row it needs is missing or failed. A missed target also gets the figures of
 * its `explain` (where the time went, from the same rows).
 */
export function evaluateTargets(rows: readonly ResultRow[], specs: readonly TargetSpec[]): TargetResult[] {
  return specs.map((spec) => {
    const checks = spec.checks.map((check): CheckResult => {
      const numerator = rateOf(rows, check.numerator);
      const denominator = rateOf(rows, check.denominator);
      if (numerator === undefined || denominator === undefined) return { label: check.label };
      const ratio = numerator / denominator;
      return { label: check.label, ratio, met: ratio >= spec.minimum };
    });
    const ratios = checks.map((check) => check.ratio);
    const complete = ratios.every((ratio) => ratio !== undefined);
    const measured = ratios.filter((ratio): ratio is number => ratio !== undefined);
    const met = complete ? checks.every((check) => check.met === true) : undefined;
    const detail = met === false ? spec.explain?.(rows) : undefined;
    return {
      spec,
      checks,
      ...(met === undefined ? {} : { met }),
      ...(measured.length === 0 ? {} : { worst: Math.min(...measured) }),
      ...(detail === undefined ? {} : { detail }),
    };
  });
}

/**
 * How far `ratio` falls short of `minimum`, as a fraction of the target (0.2 = 20 % below); 0 when
 * it is met.
 */
export function shortfall(ratio: number, minimum: number): number {
  return ratio >= minimum ? 0 : 1 - ratio / minimum;
}
