/** A preset of `bench:cache`. */
export interface CacheBenchSettings {
  readonly mode: 'quick' | 'full';
  /** Measured rounds per scenario; every contender runs once per round, in rotating order. */
  readonly rounds: number;
  /** Wall time one measured run aims at, in ms (sized from the median warm-up rate). */
  readonly runMs: number;
  /** Ops of the warm-up run of each contender, which also gives the rate that sizes the runs. */
  readonly warmupOps: number;
  /** Rounds of the stampede (every contender once per round, a new cold key each time). */
  readonly stampedeRounds: number;
}

/** What the workload is: the same keys, values, factories and concurrency for both caches. */
export const cacheWorkload = {
  /** Ops kept outstanding in the single-key scenarios. */
  inFlight: 64,
  /** Ops kept outstanding in the 100-key read (each op reads `manyKeys` keys). */
  manyInFlight: 16,
  /** Keys one multi-key read asks for. */
  manyKeys: 100,
  /** Keys of the warm set the L1 hits cycle through (fits both L1s). */
  warmKeys: 1_000,
  /** Keys in Redis the multi-key reads take their windows from. */
  manyKeySpace: 2_000,
  /** Most entries of L1, the same for both caches (ours' default; bentocache's `maxItems`). */
  l1MaxEntries: 10_000,
  /** TTL of every entry, ms: no entry expires during the run. */
  ttlMs: 600_000,
  /** How long the factory of the miss scenario takes, ms. */
  missFactoryMs: 1,
  /** Cache instances of the stampede, each with connections of its own. */
  stampedeInstances: 8,
  /** How long the stampede's factory takes, ms. */
  stampedeFactoryMs: 50,
  /**
   * Most ops in one L1-hit run: ours and bentocache differ several times there, and every contender runs as
   * many ops, so the slow side's runs would take seconds.
   */
  maxL1HitOpsPerRun: 100_000,
  /** Most ops in one L2-hit run: as many keys are written before each run. */
  maxL2HitOpsPerRun: 25_000,
} as const;

/**
 * `full` (what docs/benchmarks.md shows): 7 rounds of ~600 ms runs and 20 stampede rounds, about two
 * minutes with server start on 2 cores; `quick`: 3 rounds of ~200 ms and 8 stampede rounds, under half a
 * minute.
 */
export const cacheBenchSettings: Readonly<Record<'quick' | 'full', CacheBenchSettings>> = {
  quick: { mode: 'quick', rounds: 3, runMs: 200, warmupOps: 1_000, stampedeRounds: 8 },
  full: { mode: 'full', rounds: 7, runMs: 600, warmupOps: 3_000, stampedeRounds: 20 },
};
