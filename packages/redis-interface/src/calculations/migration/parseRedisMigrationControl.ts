import type { RedisMigrationControl } from '../../models/migration/RedisMigrationControl.js';
import {
  redisMigrationPhases,
  type RedisMigrationPhase,
} from '../../models/migration/RedisMigrationPhase.js';
import { RedisError } from '../../models/errors/RedisError.js';

const phases: ReadonlySet<string> = new Set(redisMigrationPhases);

function invalid(why: string): RedisError<'INVALID_ARGUMENT'> {
  return new RedisError(
    'INVALID_ARGUMENT',
    `The migration control key holds ${why}: set it again with \`redis-migrate phase <${redisMigrationPhases.join('|')}>\``,
  );
}

/**
 * Reads the control key's JSON.
 *
 * @param text - the key's value.
 * @returns the control value.
 * @throws {@link RedisError} `INVALID_ARGUMENT` when it is not JSON, names no known phase, or has no
 *   whole non-negative `revision` or no `changedAt` text.
 */
export function parseRedisMigrationControl(text: string): RedisMigrationControl {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalid('text that is not JSON');
  }
  if (typeof value !== 'object' || value === null) throw invalid('JSON that is not an object');
  const { phase, revision, changedAt } = value as Record<string, unknown>;
  if (typeof phase !== 'string' || !phases.has(phase))
    throw invalid(`an unknown phase ${JSON.stringify(phase)}`);
  if (typeof revision !== 'number' || !Number.isSafeInteger(revision) || revision < 0)
    throw invalid(`a revision that is not a whole number ≥ 0 (${JSON.stringify(revision)})`);
  if (typeof changedAt !== 'string') throw invalid('no changedAt time');
  return { phase: phase as RedisMigrationPhase, revision, changedAt };
}

/**
 * The control key's JSON for a value.
 * @param control - the phase, revision and time.
 */
export function formatRedisMigrationControl(control: RedisMigrationControl): string {
  return JSON.stringify({ phase: control.phase, revision: control.revision, changedAt: control.changedAt });
}

/**
 * The phases `redis-migrate phase` may switch to from `current`: the next one, or the previous one
 * (the rollback switch) from any phase before `done`; `done` is final.
 *
 * @param current - the phase in force.
 */
export function allowedMigrationSteps(current: RedisMigrationPhase): readonly RedisMigrationPhase[] {
  const index = redisMigrationPhases.indexOf(current);
  if (current === 'done') return [];
  return [redisMigrationPhases[index - 1], redisMigrationPhases[index + 1]].filter(
    (phase): phase is RedisMigrationPhase => phase !== undefined,
  );
}
