import type { RedisMigrationControl } from '@org/redis-interface';
import type { VerifiedRecord } from '../../models/VerifiedRecord.js';

/** What `phase cutover` knows about the data before it lets the target become authoritative. */
export interface CutoverEvidence {
  /** The newer `<controlKey>:verified` record of the two sides, if any. */
  readonly verified: VerifiedRecord | undefined;
  /** Keys waiting in `<controlKey>:repair`, both sides together. */
  readonly repairPending: number;
}

/**
 * Why the target may not become authoritative yet, or `undefined` when it may.
 *
 * A verify counts only if it ran under the control revision in force, or under the `dual-write`
 * revision just before a `shadow` one: from `dual-write` the only step is `shadow`, which changes no
 * write path, so one revision up from a `dual-write` record means exactly that switch. Any other
 * switch since (a step back, for instance) may have let writes reach one side only. Keys in the
 * repair set are writes that reached one side after the verify.
 *
 * @param current - the control value in force.
 * @param evidence - the verify record and the repair set's size.
 */
export function cutoverBlocker(
  current: RedisMigrationControl,
  evidence: CutoverEvidence,
): string | undefined {
  const { verified, repairPending } = evidence;
  if (repairPending > 0) {
    return `${repairPending} keys wait in the repair set (a write reached one side only): run \`redis-migrate verify --repair\``;
  }
  if (verified === undefined) return 'no `redis-migrate verify --repair` has been recorded';
  if (verified.authoritative !== 'source') {
    return `the last verify --repair (${verified.at}) took the target as authoritative: run \`redis-migrate verify --repair\` with the source authoritative`;
  }
  if (!verified.clean) {
    return `the last verify --repair (${verified.at}) left ${verified.stillDiffering} keys differing: run it again until it is clean`;
  }
  const sameRevision = verified.revision === current.revision;
  const justShadowed =
    verified.revision === current.revision - 1 &&
    verified.phase === 'dual-write' &&
    current.phase === 'shadow';
  if (!sameRevision && !justShadowed) {
    return `the last clean verify --repair (${verified.at}) ran at control revision ${verified.revision} (${verified.phase}), before the switch to revision ${current.revision}: run it again`;
  }
  return undefined;
}
