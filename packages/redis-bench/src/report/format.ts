const dash = '—';

/** A count or rate with thousands separators (`12,345`), one decimal below 100; `—` when unknown. */
export function formatCount(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return dash;
  return value.toLocaleString('en-US', { maximumFractionDigits: value < 100 ? 1 : 0 });
}

/** A spread as the slowest and fastest round around the median: `-3.1% / +2.4%`. */
export function formatSpread(spread: { readonly low: number; readonly high: number }): string {
  if (!Number.isFinite(spread.low) || !Number.isFinite(spread.high)) return dash;
  const percent = (value: number): string => `${value >= 0 ? '+' : '-'}${Math.abs(value * 100).toFixed(1)}%`;
  return `${percent(spread.low)} / ${percent(spread.high)}`;
}

/** A ratio: `0.97×`; empty when there is none. */
export function formatRatio(ratio: number | undefined): string {
  return ratio === undefined || !Number.isFinite(ratio) ? '' : `${ratio.toFixed(2)}×`;
}

/** Microseconds: one decimal below 100, whole numbers with separators above; empty when none. */
export function formatMicros(value: number | undefined): string {
  return value === undefined ? '' : formatCount(value);
}
