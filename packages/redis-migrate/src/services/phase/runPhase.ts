import type { RedisMigrationControl, RedisMigrationPhase } from '@org/redis-interface';
import { formatRedisMigrationControl } from '@org/redis-interface';
import { controlKeyNames } from '../../calculations/phase/controlKeyNames.js';
import { currentControl } from '../../calculations/phase/currentControl.js';
import { decidePhaseSwitch } from '../../calculations/phase/decidePhaseSwitch.js';
import { MigrateError } from '../../models/MigrateError.js';
import type { PhaseReport } from '../../models/PhaseReport.js';
import type { Endpoints } from '../openEndpoints.js';
import { compareAndSetControl } from './compareAndSetControl.js';
import { newerRecord, readSidePhaseState } from './readPhaseState.js';

/** One `phase` run's inputs. */
export interface PhaseRun {
  /** Source and target, connected: the control key has a copy on each. */
  readonly endpoints: Pick<Endpoints, 'source' | 'target'>;
  /** The move's control key (and the channel the switch is published on), `--control-key`. */
  readonly controlKey: string;
  /** The phase to switch to, `undefined` to show. */
  readonly requested: RedisMigrationPhase | undefined;
  /** `--force`: cut over without a clean verify record. */
  readonly force: boolean;
  /** Test seam: runs between the reads and the first compare-and-set (to race two runs). */
  readonly afterRead?: () => Promise<void>;
}

/**
 * Show or switch the phase of a live move: read both copies of the control key (the higher revision
 * is in force), check the step (`decidePhaseSwitch`), compare-and-set the new value with revision + 1
 * on the source and then on the target, then PUBLISH it on the control key's channel on both sides.
 *
 * @remarks
 * The sides are always written in the same order, source first, whatever the phase: the
 * compare-and-set on the first side is what makes two racing operators exclusive (the loser finds a
 * new revision there and writes nothing). Writing "the new phase's authoritative side last" would
 * order the sides differently for different switches, and two operators switching in opposite
 * directions could then each win one side, leaving equal revisions with different phases. Between
 * the two writes the copies differ by one revision; instances take the higher one. If the second
 * write fails, running the same `phase` again writes both copies in line (`resynced`).
 *
 * @throws MigrateError `PHASE_REFUSED` (see `decidePhaseSwitch`), `PHASE_CONFLICT` (a
 *   compare-and-set found another revision: another operator switched meanwhile), `CONTROL_INVALID`.
 */
export async function runPhase(run: PhaseRun): Promise<PhaseReport> {
  const names = controlKeyNames(run.controlKey);
  const { source, target } = run.endpoints;
  const [sourceState, targetState] = await Promise.all([
    readSidePhaseState(source.service, names, 'source'),
    readSidePhaseState(target.service, names, 'target'),
  ]);
  const current = currentControl(sourceState.control, targetState.control, run.force);
  const verified = newerRecord(sourceState.verified, targetState.verified);
  const repairPending = sourceState.repairPending + targetState.repairPending;
  const decision = decidePhaseSwitch(
    current,
    { requested: run.requested, force: run.force, now: new Date().toISOString() },
    { verified, repairPending },
  );
  const base = {
    command: 'phase' as const,
    controlKey: names.control,
    previous: current.control,
    copies: { source: sourceState.control ?? null, target: targetState.control ?? null },
    verified: verified ?? null,
    repairPending,
  };
  if (decision.action !== 'write') {
    return {
      ...base,
      action: decision.action,
      current: current.control,
      published: { source: 0, target: 0 },
      warnings: [],
    };
  }
  await run.afterRead?.();
  const { next } = decision;
  await writeSide(source.service, names.control, sourceState.control, next, 'source', undefined);
  await writeSide(target.service, names.control, targetState.control, next, 'target', next);
  const message = formatRedisMigrationControl(next);
  const [sourceHeard, targetHeard] = await Promise.all([
    source.service.publish(names.channel, message),
    target.service.publish(names.channel, message),
  ]);
  return {
    ...base,
    action: decision.resync ? 'resynced' : 'switched',
    current: next,
    published: { source: sourceHeard, target: targetHeard },
    warnings: decision.warnings,
  };
}

async function writeSide(
  service: Endpoints['source']['service'],
  key: string,
  read: RedisMigrationControl | undefined,
  next: RedisMigrationControl,
  side: 'source' | 'target',
  sourceWritten: RedisMigrationControl | undefined,
): Promise<void> {
  const status = await compareAndSetControl(service, key, read?.revision ?? -1, next);
  if (status === 'set') return;
  const what =
    status === 'changed'
      ? 'changed since it was read (another `phase` ran meanwhile)'
      : 'is not control JSON';
  const written =
    sourceWritten === undefined
      ? 'nothing was written'
      : `the source already holds ${sourceWritten.phase} at revision ${sourceWritten.revision}`;
  throw new MigrateError(
    status === 'changed' ? 'PHASE_CONFLICT' : 'CONTROL_INVALID',
    `${key} on the ${side} ${what}: ${written}; run \`redis-migrate phase\` to see the phase in force, then switch again if still needed`,
  );
}
