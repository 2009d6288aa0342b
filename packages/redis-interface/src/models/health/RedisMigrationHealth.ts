import type { RedisMigrationPhase } from '../migration/RedisMigrationPhase.js';
import type { RedisHealth } from './RedisHealth.js';

/**
 * The live move's part of a migrating service's `health()`: the phase in force and each side's own
 * health, so a health endpoint shows where every instance stands during a move.
 */
export interface RedisMigrationHealth {
  /** The phase this instance runs in. */
  readonly phase: RedisMigrationPhase;
  /** The control key's revision that set it (0 before any `redis-migrate phase`). */
  readonly revision: number;
  /** When the phase was set (the control key's `changedAt`), absent before any switch. */
  readonly changedAt?: string;
  /**
   * Why the last read of the control key gave no phase (a side did not answer, or the key holds
   * something that is not a control value), absent when it worked. The phase stays as it was.
   */
  readonly controlProblem?: string;
  /** Writes the non-authoritative side refused since connect (their keys are marked for repair). */
  readonly secondaryWriteFailures: number;
  /** The source's health. */
  readonly source: RedisHealth;
  /** The target's health. */
  readonly target: RedisHealth;
}
