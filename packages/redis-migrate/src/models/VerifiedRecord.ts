import type { RedisMigrationPhase } from '@org/redis-interface';

/**
 * What the last `verify --repair` left in `<controlKey>:verified` (JSON, on both sides), for
 * `phase cutover` to check.
 */
export interface VerifiedRecord {
  /** Nothing was left differing after the repairs. */
  readonly clean: boolean;
  /** When the verify finished, ISO 8601. */
  readonly at: string;
  /** The side whose values were copied to the other. */
  readonly authoritative: 'source' | 'target';
  /** The control key's revision and phase while the verify ran. */
  readonly revision: number;
  /** The phase in force while the verify ran. */
  readonly phase: RedisMigrationPhase;
  /** Source keys compared. */
  readonly keysChecked: number;
  /** Keys put right on the other side. */
  readonly repaired: number;
  /** Keys that still differed after the repair pass. */
  readonly stillDiffering: number;
}
