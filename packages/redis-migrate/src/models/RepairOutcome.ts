import type { VerifiedRecord } from './VerifiedRecord.js';
import type { VerifyOutcome } from './VerifyRequest.js';

/** What `verify --repair` found and did. */
export interface RepairOutcome {
  /** The verify before the repairs (its mismatches are what was found). */
  readonly verify: VerifyOutcome;
  /** Keys looked at: the differing ones and the repair sets' members, each once. */
  readonly candidates: number;
  /** Keys put right on the other side (written or deleted by a compare-and-set). */
  readonly repaired: number;
  /** Keys that agreed when read again after the settle delay (the application's second write landed). */
  readonly agreed: number;
  /** Keys the application kept changing: every compare-and-set found another value; back in the repair set. */
  readonly skippedChanged: number;
  /** Keys whose repair failed (an error from a side); back in the repair set. */
  readonly failed: number;
  /** Differing keys past `--max-repairs`, not looked at. */
  readonly notAttempted: number;
  /** `skippedChanged + failed + notAttempted`: what may still differ. */
  readonly stillDiffering: number;
  /** The record written to `<controlKey>:verified` on both sides. */
  readonly record: VerifiedRecord;
}
