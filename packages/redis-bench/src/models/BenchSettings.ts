/** `quick` (default, under two minutes with server start) or `full` (for docs/benchmarks.md). */
export type BenchModeName = 'quick' | 'full';

/** How long and how often each scenario is measured. */
export interface BenchSettings {
  /** Which preset this is. */
  readonly mode: BenchModeName;
  /** Measured rounds per scenario; every contender runs once per round, in rotating order. */
  readonly rounds: number;
  /** Wall time one measured run aims at, in ms: the op count is sized from the warm-up rate. */
  readonly runMs: number;
  /** Warm-up per contender and scenario, in ms (JIT, connections, server caches); also calibrates. */
  readonly warmupMs: number;
  /** Keys loaded into the cluster for the SCAN scenario. */
  readonly scanKeys: number;
}

/** The two presets: quick keeps the whole run under two minutes on 2 cores, full is what the docs show. */
export const benchSettings: Readonly<Record<BenchModeName, BenchSettings>> = {
  quick: { mode: 'quick', rounds: 3, runMs: 300, warmupMs: 150, scanKeys: 20_000 },
  full: { mode: 'full', rounds: 7, runMs: 1_000, warmupMs: 500, scanKeys: 100_000 },
};
