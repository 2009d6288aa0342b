/** How hard and how long the suite pushes. */
export interface ChaosSettings {
  /** `short` (CI, about a minute) or `full` (docs/reliability.md). */
  readonly form: 'short' | 'full';
  /** Concurrent writers per load (each awaits its write before the next). */
  readonly writers: number;
  /** Load before the fault, in ms. */
  readonly warmupMs: number;
  /** Load after the fault has been healed (failover done, node resumed or restarted), in ms. */
  readonly afterMs: number;
  /** How long a paused node stays paused, in ms. */
  readonly pauseMs: number;
  /** How long a replica lags (is paused) before its master is killed, in ms. */
  readonly lagMs: number;
  /** How long a standalone server stays down before it is restarted, in ms. */
  readonly downMs: number;
  /** Upper bound of writes per writer (the loop is also bounded by time). */
  readonly maxWritesPerWriter: number;
  /** The services' `commandTimeoutMs`. */
  readonly commandTimeoutMs: number;
  /** How long a durable write waits for its replica (WAIT timeout), in ms. */
  readonly durableTimeoutMs: number;
  /** Size of each written value, in bytes (see `chaosValue`). */
  readonly valueBytes: number;
}

/** The two forms. The short one runs in CI; the full one is what docs/reliability.md reports. */
export const chaosForms: Readonly<Record<ChaosSettings['form'], ChaosSettings>> = {
  short: {
    form: 'short',
    writers: 20,
    warmupMs: 1_000,
    afterMs: 1_500,
    pauseMs: 2_000,
    lagMs: 2_000,
    downMs: 1_500,
    maxWritesPerWriter: 5_000,
    commandTimeoutMs: 1_000,
    durableTimeoutMs: 500,
    valueBytes: 4_096,
  },
  full: {
    form: 'full',
    writers: 150,
    warmupMs: 3_000,
    afterMs: 5_000,
    pauseMs: 3_000,
    lagMs: 3_000,
    downMs: 1_500,
    maxWritesPerWriter: 20_000,
    commandTimeoutMs: 1_000,
    durableTimeoutMs: 500,
    valueBytes: 4_096,
  },
};
