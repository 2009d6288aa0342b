import type { RedisHealth } from '@org/redis-interface';
import type { MigratingSides } from '../models/MigratingSides.js';
import type { MigrationEvents } from './MigrationEvents.js';
import type { PhaseWatcher } from './PhaseWatcher.js';

/**
 * A migrating service's health: the authoritative side's, `degraded` when that side is `up` but the
 * other one, which still takes every write until `done`, is not (its writes are being marked for
 * repair); with the phase, the control key's state and both sides' own health.
 */
export async function migratingHealth(
  sides: MigratingSides,
  watcher: PhaseWatcher,
  events: MigrationEvents,
): Promise<RedisHealth> {
  const [source, target] = await Promise.all([sides.source.health(), sides.target.health()]);
  const roles = watcher.roles;
  const own = roles.primarySide === 'source' ? source : target;
  const other = roles.primarySide === 'source' ? target : source;
  const { control, problem } = watcher;
  const status =
    own.status === 'up' && roles.secondary !== undefined && other.status !== 'up' ? 'degraded' : own.status;
  return {
    ...own,
    status,
    migration: {
      phase: control.phase,
      revision: control.revision,
      ...(control.changedAt === '' ? {} : { changedAt: control.changedAt }),
      ...(problem === undefined ? {} : { controlProblem: problem }),
      secondaryWriteFailures: events.secondaryWriteFailures,
      source,
      target,
    },
  };
}
