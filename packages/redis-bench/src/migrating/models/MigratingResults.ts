import type { RunSample } from '../../models/Results.js';
import type { MigratingVariantId } from './MigratingVariant.js';

/** The four scenarios: SET and GET, one awaited after the other and with ops in flight. */
export type MigratingScenarioId = 'setSequential' | 'getSequential' | 'setInFlight' | 'getInFlight';

/** What one scenario is. */
export interface MigratingScenarioInfo {
  readonly id: MigratingScenarioId;
  /** Table title, e.g. `SET sequential`. */
  readonly title: string;
  /** The command measured. */
  readonly command: 'SET' | 'GET';
  /** Ops outstanding: 1 for sequential. */
  readonly inFlight: number;
}

/** Every run of one variant in one scenario, or why it stopped. */
export interface MigratingVariantRuns {
  readonly variant: MigratingVariantId;
  readonly runs: readonly RunSample[];
  /** Set when an op failed: the variant is dropped from later rounds of the scenario. */
  readonly error?: string;
}

/** What one scenario measured. */
export interface MigratingScenarioResult {
  readonly scenario: MigratingScenarioInfo;
  /** Ops per measured run, the same for every variant. */
  readonly opsPerRun: number;
  readonly variants: readonly MigratingVariantRuns[];
}

/** One line of the table: medians over the rounds. */
export interface MigratingRow {
  readonly scenario: MigratingScenarioInfo;
  readonly variant: MigratingVariantId;
  /** Median ops/s over the rounds (NaN when the variant failed). */
  readonly opsPerSecond: number;
  /** Slowest and fastest round relative to the median. */
  readonly spread: { readonly low: number; readonly high: number };
  /** Median over the rounds of each run's p50 latency, µs. */
  readonly p50Us: number;
  /** Median over the rounds of each run's p99 latency, µs. */
  readonly p99Us: number;
  /** Median CPU time of this process per op, µs. */
  readonly cpuUsPerOp: number;
  readonly error?: string;
}
