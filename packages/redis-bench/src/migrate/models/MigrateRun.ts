/** The tools the migration benchmark compares. */
export type MigrateTool = 'ours' | 'redis-cli';

/** One planned run: fresh servers, a dataset of `keys` keys, one tool. */
export interface PlannedRun {
  readonly tool: MigrateTool;
  readonly keys: number;
}

/** What one child process cost. */
export interface ProcessFigures {
  /** Wall time from spawn to exit, seconds. */
  readonly wallSeconds: number;
  /** The child's peak resident set size, bytes (undefined when it could not be read). */
  readonly peakRssBytes: number | undefined;
  /** CPU the child used (user + system), seconds; undefined without GNU time. */
  readonly cpuSeconds: number | undefined;
  /** Exit code (null when killed by a signal, e.g. the 15 min limit). */
  readonly exitCode: number | null;
  /** Whether the time limit killed it. */
  readonly timedOut: boolean;
}

/** One measured run of a tool. */
export interface MigrateRun extends PlannedRun {
  /** The copy (ours) or the import (redis-cli). */
  readonly copy: ProcessFigures;
  /** CPU the source server spent while the tool ran, seconds. */
  readonly sourceCpuSeconds: number;
  /** CPU the three target masters spent together while the tool ran, seconds. */
  readonly targetCpuSeconds: number;
  /** Source DBSIZE before the run and the target's total after it. */
  readonly sourceKeys: number;
  readonly targetKeys: number;
  /** Ours only: `verify` run after the copy, when the CLI has that subcommand. */
  readonly verify?: ProcessFigures;
}
