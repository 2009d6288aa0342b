/** Never run more ops than this in one run, however fast the warm-up was. */
const maxOpsPerRun = 5_000_000;

/**
 * Ops per measured run: what `opsPerMs` achieves in `runMs`, rounded to a multiple of
 * `granularity` (at least one multiple). Every contender of a scenario then runs this many ops, so
 * the fast ones finish sooner than `runMs` and the slow ones later.
 *
 * @param opsPerMs - the warm-up rate (median over the contenders).
 * @param runMs - target duration of one run.
 * @param granularity - ops come in multiples of this (half SET, half GET; whole pipelines).
 */
export function sizeRun(opsPerMs: number, runMs: number, granularity: number): number {
  const wanted = Number.isFinite(opsPerMs) && opsPerMs > 0 ? opsPerMs * runMs : 0;
  const capped = Math.min(wanted, maxOpsPerRun);
  return Math.max(1, Math.round(capped / granularity)) * granularity;
}
