import type { RedisMigrationControl } from '@org/redis-interface';
import type { VerifiedRecord } from './VerifiedRecord.js';

/** The result of `redis-migrate phase`: what the `--json` result line and `--report` file hold. */
export interface PhaseReport {
  /** Which command wrote the report. */
  readonly command: 'phase';
  /** `show` (no phase given), `unchanged` (already in force on both sides), `switched` or `resynced`. */
  readonly action: 'show' | 'unchanged' | 'switched' | 'resynced';
  /** The move's control key, as given by `--control-key`. */
  readonly controlKey: string;
  /** The value in force before the run. */
  readonly previous: RedisMigrationControl;
  /** The value in force after it. */
  readonly current: RedisMigrationControl;
  /** Each side's copy as read (`null` when absent). */
  readonly copies: {
    /** The copy on the source. */
    readonly source: RedisMigrationControl | null;
    /** The copy on the target. */
    readonly target: RedisMigrationControl | null;
  };
  /** The newer `<controlKey>:verified` record, `null` when none. */
  readonly verified: VerifiedRecord | null;
  /** Keys waiting in `<controlKey>:repair`, both sides together. */
  readonly repairPending: number;
  /** Subscribers that received the announcement, per side (0 when nothing was published). */
  readonly published: {
    /** PUBLISH's receiver count on the source. */
    readonly source: number;
    /** PUBLISH's receiver count on the target. */
    readonly target: number;
  };
  /** What the operator should know (a forced cutover, `done` being final…); empty when nothing. */
  readonly warnings: readonly string[];
}
