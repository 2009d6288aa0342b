import type { ResultRow } from '../models/Results.js';
import { formatCount, formatRatio } from './format.js';
import { markdownTable } from './markdownTable.js';

const numeric = new Set([2, 3, 4, 5, 6]);

const usable = (row: ResultRow | undefined): row is ResultRow =>
  row !== undefined && row.error === undefined && row.opsPerSecond > 0;

/** `+3.1%` / `-12.0%`: how much faster (or slower) ours is than the baseline build. */
function change(ours: number, baseline: number): string {
  const value = (ours / baseline - 1) * 100;
  return `${value >= 0 ? '+' : '-'}${Math.abs(value).toFixed(1)}%`;
}

/**
 * Before / after, from the rows of one run: per scenario and mode where the `--baseline` build
 * ran, ours' and the baseline's ops/s and ratio to raw ioredis (same options) side by side, and
 * ours' change over the baseline. A contender that failed shows `failed`. Empty when no row is
 * the baseline's (the run had no `--baseline`).
 */
export function renderBaseline(rows: readonly ResultRow[]): string {
  const olders = rows.filter((row) => row.client === 'oursBaseline');
  const label = olders[0]?.label.replace(/ scan\(\)$/, '') ?? 'baseline';
  const body = olders.map((older) => {
    const ours = rows.find(
      (row) => row.client === 'ours' && row.scenario.id === older.scenario.id && row.mode === older.mode,
    );
    const figures = (row: ResultRow | undefined): string[] =>
      usable(row) ? [formatCount(row.opsPerSecond), formatRatio(row.ratio)] : ['failed', ''];
    return [
      older.mode,
      older.scenario.title,
      ...figures(ours),
      ...figures(older),
      usable(ours) && usable(older) ? change(ours.opsPerSecond, older.opsPerSecond) : '',
    ];
  });
  if (body.length === 0) return '';
  const header = [
    'mode',
    'scenario',
    'ours ops/s',
    'ours vs ioredis',
    `${label} ops/s`,
    `${label} vs ioredis`,
    'ours vs baseline',
  ];
  return markdownTable(header, body, numeric);
}
