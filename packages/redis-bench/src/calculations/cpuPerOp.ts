import type { ResultRow } from '../models/Results.js';
import type { RowRef } from '../models/Target.js';
import { findRow } from './findRow.js';

/** The median CPU µs per op of the row `ref` names, formatted (`4.3 µs`), or `n/a`. */
export function cpuPerOp(rows: readonly ResultRow[], ref: RowRef): string {
  const cpu = findRow(rows, ref)?.cpuUsPerOp;
  if (cpu === undefined || !Number.isFinite(cpu)) return 'n/a';
  return `${cpu.toLocaleString('en-US', { maximumFractionDigits: cpu < 100 ? 1 : 0 })} µs`;
}

/** `numerator` ops/s over `denominator` ops/s, formatted (`1.92×`), or `n/a`. */
export function rateRatio(rows: readonly ResultRow[], numerator: RowRef, denominator: RowRef): string {
  const top = findRow(rows, numerator)?.opsPerSecond;
  const bottom = findRow(rows, denominator)?.opsPerSecond;
  return top === undefined || bottom === undefined ? 'n/a' : `${(top / bottom).toFixed(2)}×`;
}
