import type { RedisMigrationPhase } from './RedisMigrationPhase.js';

/**
 * The value of the control key of a live move, stored as JSON in the source and in the target under
 * the same name ({@link redisMigrationControlDefaults}), and published on the channel of that name
 * when it changes.
 *
 * @remarks
 * Both sides hold a copy so that every instance finds the phase whichever side answers; when the two
 * differ (a switch caught half-way) the higher `revision` wins.
 */
export interface RedisMigrationControl {
  /** The phase every instance runs in. */
  readonly phase: RedisMigrationPhase;
  /** Raised by one at each switch: the newer of two copies is the one with the higher revision. */
  readonly revision: number;
  /** When the phase was set, ISO 8601. */
  readonly changedAt: string;
}

/** The control key's and channel's name unless configured (`controlKey`). */
export const redisMigrationControlDefaults = Object.freeze({
  /** The key holding the {@link RedisMigrationControl} JSON, and the channel announcing a switch. */
  key: 'redis-migrate:phase',
  /** How often every instance re-reads the control key, in case a published switch was missed. */
  pollIntervalMs: 1000,
});
