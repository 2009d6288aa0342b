import type { RedisMigrationControl } from '@org/redis-interface';
import type { VerifiedRecord } from './VerifiedRecord.js';

/** The result of `redis-migrate phase`: what the `--json` result line and `--report` file hold. */
export interface PhaseReport {
  readonly command: 'phase';
  /** `show` (no phase given), `unchanged` (already in force on both sides), `switched` or `resynced`. */
  readonly action: 'show' | 'unchanged' | 'switched' | 'resynced';
  readonly controlKey: string;
  /** The value in force before the run. */
  readonly previous: RedisMigrationControl;
  /** The value in force after it. */
  readonly current: RedisMigrationControl;
  /** Each side's copy as read (`null` when absent). */
  readonly copies: {
    readonly source: RedisMigrationControl | null;
    readonly target: RedisMigrationControl | null;
  };
  /** The newer `<controlKey>:verified` record, `null` when none. */
  readonly verified: VerifiedRecord | null;
  /** Keys waiting in `<controlKey>:repair`, both sides together. */
  readonly repairPending: number;
  /** Subscribers that received the announcement, per side (0 when nothing was published). */
  readonly published: { readonly source: number; readonly target: number };
  readonly warnings: readonly string[];
}
