/** A preset of `bench:migrating`. */
export interface MigratingBenchSettings {
  readonly mode: 'quick' | 'full';
  /** Measured rounds per scenario; every variant runs once per round, in rotating order. */
  readonly rounds: number;
  /** Wall time one measured run aims at, in ms (sized from the median warm-up rate). */
  readonly runMs: number;
  /** Warm-up per variant and scenario, in ms; also sizes the runs. */
  readonly warmupMs: number;
}

/** What the workload is: the same keys and value for every variant. */
export const migratingWorkload = {
  /** Distinct keys the SETs and GETs cycle through (all loaded on both sides first). */
  keySpace: 2_000,
  /** Ops kept outstanding in the concurrent scenarios. */
  inFlight: 100,
  /** `shadowSampleRate` of the shadow variant. */
  shadowSampleRate: 0.01,
} as const;

/**
 * `full` (what docs/benchmarks.md shows): 7 rounds of ~800 ms runs, about two and a half minutes
 * with server start on 2 cores; `quick`: 3 rounds of ~300 ms, under a minute.
 */
export const migratingBenchSettings: Readonly<Record<'quick' | 'full', MigratingBenchSettings>> = {
  quick: { mode: 'quick', rounds: 3, runMs: 300, warmupMs: 150 },
  full: { mode: 'full', rounds: 7, runMs: 800, warmupMs: 400 },
};
