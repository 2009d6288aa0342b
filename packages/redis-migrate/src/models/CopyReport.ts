import type { CopyCounters } from './CopyCounters.js';
import type { CopyFailure } from './CopyFailure.js';

/** The result of `copy`: what the `--json` result line and `--report` file hold. */
export interface CopyReport extends CopyCounters {
  /** Which command wrote the report. */
  readonly command: 'copy';
  /** True when every key was copied, skipped or found expired: none failed. */
  readonly ok: boolean;
  /** The source, safe to print (`standalone 127.0.0.1:6380/0`; no credentials). */
  readonly source: string;
  /** The target, described the same way. */
  readonly target: string;
  /** This run only (a resumed copy: since the resume). */
  readonly durationMs: number;
  /** Keys copied per second in this run. */
  readonly keysPerSecond: number;
  /** True when this run carried on from a checkpoint. */
  readonly resumed: boolean;
  /** True for `copy --live`. */
  readonly live: boolean;
  /** The checkpoint file's path (`--checkpoint`), to `--resume` from or for `rollback`. */
  readonly checkpoint: string;
  /** When the copy finished (ISO 8601), as saved in the checkpoint for `rollback --since-checkpoint`. */
  readonly finishedAt: string;
  /** The first keys that failed (all are counted in `failed`). */
  readonly failures: readonly CopyFailure[];
}
