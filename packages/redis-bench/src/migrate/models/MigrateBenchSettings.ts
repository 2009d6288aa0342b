/** How many runs per tool at each dataset size. */
export interface MigrateBenchSize {
  readonly keys: number;
  readonly roundsPerTool: number;
}

/** A preset of the migration benchmark. */
export interface MigrateBenchSettings {
  readonly mode: 'quick' | 'full';
  readonly sizes: readonly MigrateBenchSize[];
  /** A tool run is killed after this long (ms). */
  readonly toolTimeoutMs: number;
}

/**
 * `full`: 100 k once per tool (the memory comparison) and 1 M twice per tool; `quick`: 100 k once.
 * Each run gets fresh servers; the dataset is the all-types mix, 100-byte payloads, 10 % TTLs.
 */
export const migrateBenchSettings: Readonly<Record<'quick' | 'full', MigrateBenchSettings>> = {
  quick: { mode: 'quick', sizes: [{ keys: 100_000, roundsPerTool: 1 }], toolTimeoutMs: 15 * 60_000 },
  full: {
    mode: 'full',
    sizes: [
      { keys: 100_000, roundsPerTool: 1 },
      { keys: 1_000_000, roundsPerTool: 2 },
    ],
    toolTimeoutMs: 15 * 60_000,
  },
};
