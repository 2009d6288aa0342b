import type { ResultRow } from '../models/Results.js';
import { markdownTable } from './markdownTable.js';
import { formatCount, formatMicros, formatRatio, formatSpread } from './format.js';

const header = [
  'mode',
  'scenario',
  'client',
  'ops/s (median)',
  'spread (min / max round)',
  'ratio vs ioredis',
  'p50 µs',
  'p99 µs',
  'CPU µs/op',
  'keys or cmds/s',
] as const;

/** Columns aligned right (numbers). */
const numeric = new Set([3, 4, 5, 6, 7, 8, 9]);

function cells(row: ResultRow, previous: ResultRow | undefined): string[] {
  const sameGroup = previous?.scenario.id === row.scenario.id && previous.mode === row.mode;
  const items = row.scenario.items;
  if (row.error !== undefined) {
    return [
      sameGroup ? '' : row.mode,
      sameGroup ? '' : row.scenario.title,
      row.label,
      'failed',
      row.error,
      '',
      '',
      '',
      '',
      '',
    ];
  }
  return [
    sameGroup ? '' : row.mode,
    sameGroup ? '' : row.scenario.title,
    row.label,
    formatCount(row.opsPerSecond),
    formatSpread(row.spread),
    formatRatio(row.ratio),
    formatMicros(row.p50Us),
    formatMicros(row.p99Us),
    formatCount(row.cpuUsPerOp),
    items === undefined ? '' : `${formatCount(row.opsPerSecond * items.perOp)} ${items.unit}/s`,
  ];
}

/**
 * The results as one markdown table, padded so it also reads in a terminal. Mode and scenario are
 * written once per group of rows. One op is one command in the single-key scenarios (a pipeline of
 * 100 counts 100), one MGET/MSET or pipeline or full scan elsewhere: the last column converts.
 */
export function renderTable(rows: readonly ResultRow[]): string {
  return markdownTable(
    header,
    rows.map((row, index) => cells(row, rows[index - 1])),
    numeric,
  );
}
