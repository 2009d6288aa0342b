import type { BenchSettings } from './BenchSettings.js';
import type { MachineInfo } from './MachineInfo.js';
import type { ResultRow } from './Results.js';
import type { TargetResult } from './Target.js';

/** Everything the markdown report is made of. */
export interface ReportInput {
  readonly settings: BenchSettings;
  /** The command that produced it, as run from the repository root, e.g. `pnpm bench:full`. */
  readonly command: string;
  /** When it ran (ISO 8601). */
  readonly date: string;
  readonly machine: MachineInfo;
  /** Where the servers came from (`local` processes, `container`…). */
  readonly backend: string;
  /** What "ours (defaults)" runs with, one phrase per option. */
  readonly oursDefaults: readonly string[];
  readonly rows: readonly ResultRow[];
  readonly targets: readonly TargetResult[];
  /** Results of the correctness checks and probes, one sentence each. */
  readonly checks: readonly string[];
  /** The `--baseline` build that ran as one more contender: its label, short commit and checkout. */
  readonly baseline?: { readonly label: string; readonly commit: string; readonly dir: string };
  /** Process figures for the whole run. */
  readonly process: {
    readonly wallSeconds: number;
    readonly cpuSeconds: number;
    readonly peakHeapUsedMiB: number;
    readonly maxRssMiB: number;
  };
}
