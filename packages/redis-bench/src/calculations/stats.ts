/**
 * Median of `values` (mean of the two middle ones for an even count); NaN when empty.
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/**
 * Nearest-rank percentile of the first `count` samples: the smallest sample that at least `p`% of
 * them do not exceed. Sorts that part of `samples` in place (it is a scratch buffer). NaN when empty.
 *
 * @param samples - durations, preallocated and reused between runs.
 * @param count - how many of them this run wrote.
 * @param p - from 0 (exclusive) to 100.
 */
export function percentile(samples: Float64Array, count: number, p: number): number {
  if (count <= 0) return Number.NaN;
  const part = samples.subarray(0, count).sort();
  const rank = Math.min(count, Math.max(1, Math.ceil((p / 100) * count)));
  return part[rank - 1] ?? Number.NaN;
}

/**
 * How far the slowest and the fastest value lie from `center`, as fractions (`-0.04`, `+0.03`).
 * Zeros when there is one value; NaNs when there is none or `center` is not positive.
 */
export function spread(values: readonly number[], center: number): { low: number; high: number } {
  if (values.length === 0 || !(center > 0)) return { low: Number.NaN, high: Number.NaN };
  return { low: Math.min(...values) / center - 1, high: Math.max(...values) / center - 1 };
}
