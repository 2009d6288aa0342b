import type { RedisMigrationControl } from '@org/redis-interface';
import { MigrateError } from '../../models/MigrateError.js';

/** The phase in force, from the two copies of the control key. */
export interface CurrentControl {
  /** The copy with the higher revision, or `dual-write` at revision 0 when neither side has one. */
  readonly control: RedisMigrationControl;
  /** Both copies exist and are equal. */
  readonly inSync: boolean;
}

/** The value in force before any `phase` ran: an application starts a live move in `dual-write`. */
export const initialControl: RedisMigrationControl = Object.freeze({
  phase: 'dual-write',
  revision: 0,
  changedAt: '',
});

/**
 * Which copy of the control key is in force: the higher revision, as every instance decides.
 *
 * @param source - the source's copy, `undefined` when absent.
 * @param target - the target's copy.
 * @param force - take the source's copy when both have one revision with different phases,
 *   instead of refusing.
 * @throws MigrateError `PHASE_CONFLICT` when the copies have the same revision and different phases
 *   (written by hand, not by `phase`): instances could disagree; `--force` sets both anew.
 */
export function currentControl(
  source: RedisMigrationControl | undefined,
  target: RedisMigrationControl | undefined,
  force = false,
): CurrentControl {
  if (source === undefined || target === undefined) {
    return { control: source ?? target ?? initialControl, inSync: false };
  }
  if (source.revision === target.revision && source.phase !== target.phase && !force) {
    throw new MigrateError(
      'PHASE_CONFLICT',
      `The control key has revision ${source.revision} on both sides but the phase ${source.phase} on the source and ${target.phase} on the target: run \`redis-migrate phase <phase> --force\` to write one phase to both`,
    );
  }
  const control = target.revision > source.revision ? target : source;
  const inSync =
    source.revision === target.revision &&
    source.phase === target.phase &&
    source.changedAt === target.changedAt;
  return { control, inSync };
}
