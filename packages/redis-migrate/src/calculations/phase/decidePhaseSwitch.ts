import {
  allowedMigrationSteps,
  redisMigrationPhases,
  type RedisMigrationControl,
  type RedisMigrationPhase,
} from '@org/redis-interface';
import { MigrateError } from '../../models/MigrateError.js';
import type { CurrentControl } from './currentControl.js';
import { cutoverBlocker, type CutoverEvidence } from './cutoverReadiness.js';

/** What `phase` was asked. */
export interface PhaseRequest {
  /** The phase to switch to; `undefined` to show the current one. */
  readonly requested: RedisMigrationPhase | undefined;
  /** `--force`: skip the cutover evidence check (and settle a same-revision conflict). */
  readonly force: boolean;
  /** Now, ISO 8601: the new value's `changedAt`. */
  readonly now: string;
}

/** What `phase` is to do. */
export type PhaseDecision =
  | { readonly action: 'show' }
  | { readonly action: 'unchanged' }
  | {
      readonly action: 'write';
      /** The value to compare-and-set on both sides. */
      readonly next: RedisMigrationControl;
      /** Only rewriting the phase in force because the two copies differ. */
      readonly resync: boolean;
      /** Things the operator must know (no way back after `done`, a forced cutover). */
      readonly warnings: readonly string[];
    };

/**
 * Decide a `phase` run from the phase in force, the request and, for `cutover`, the evidence that
 * the target holds the source's data.
 *
 * @throws MigrateError `PHASE_REFUSED` for a step `allowedMigrationSteps` does not list, or a
 *   `cutover` the evidence does not allow (unless `force`).
 */
export function decidePhaseSwitch(
  current: CurrentControl,
  request: PhaseRequest,
  evidence: CutoverEvidence,
): PhaseDecision {
  const { control } = current;
  const { requested } = request;
  if (requested === undefined) return { action: 'show' };
  const next = { phase: requested, revision: control.revision + 1, changedAt: request.now };
  if (requested === control.phase) {
    return current.inSync || control.revision === 0
      ? { action: 'unchanged' }
      : { action: 'write', next, resync: true, warnings: [] };
  }
  const allowed = allowedMigrationSteps(control.phase);
  if (!allowed.includes(requested)) {
    const options = allowed.length === 0 ? 'nowhere: done is final' : allowed.join(' or ');
    throw new MigrateError(
      'PHASE_REFUSED',
      `Cannot switch from ${control.phase} to ${requested}: one step at a time (${redisMigrationPhases.join(' -> ')}); from ${control.phase} the allowed switches are to ${options}`,
    );
  }
  const warnings: string[] = [];
  if (requested === 'cutover') {
    const blocker = cutoverBlocker(control, evidence);
    if (blocker !== undefined && !request.force) {
      throw new MigrateError(
        'PHASE_REFUSED',
        `Refusing to cut over: ${blocker} (or pass --force to cut over without that evidence)`,
      );
    }
    if (blocker !== undefined) warnings.push(`cutover forced: ${blocker}`);
  }
  if (requested === 'done') {
    warnings.push(
      'done is final: the source is no longer written, so no rollback is possible after this switch',
    );
  }
  if (control.phase === 'cutover' && requested === 'shadow') {
    warnings.push(
      'the source becomes authoritative again: run `redis-migrate verify --repair --authoritative target` first if some writes reached the target only',
    );
  }
  return { action: 'write', next, resync: false, warnings };
}
