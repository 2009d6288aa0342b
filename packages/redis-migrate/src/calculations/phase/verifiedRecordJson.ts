import { redisMigrationPhases } from '@org/redis-interface';
import { MigrateError } from '../../models/MigrateError.js';
import type { VerifiedRecord } from '../../models/VerifiedRecord.js';

const phases: ReadonlySet<string> = new Set(redisMigrationPhases);
const counts = ['revision', 'keysChecked', 'repaired', 'stillDiffering'] as const;

/** The `<controlKey>:verified` JSON of a record. */
export function formatVerifiedRecord(record: VerifiedRecord): string {
  return JSON.stringify(record);
}

/**
 * Read a `<controlKey>:verified` value.
 *
 * @param text - the key's value.
 * @param key - its name, for the message.
 * @throws MigrateError `CONTROL_INVALID` when it is not such a record: the fix is to run `verify --repair` again.
 */
export function parseVerifiedRecord(text: string, key: string): VerifiedRecord {
  const invalid = (why: string): MigrateError =>
    new MigrateError(
      'CONTROL_INVALID',
      `${key} holds ${why}: run \`redis-migrate verify --repair\` again to record a fresh result`,
    );
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalid('text that is not JSON');
  }
  if (typeof value !== 'object' || value === null) throw invalid('JSON that is not an object');
  const record = value as Record<string, unknown>;
  if (typeof record['clean'] !== 'boolean') throw invalid('no clean flag');
  if (typeof record['at'] !== 'string') throw invalid('no time');
  if (record['authoritative'] !== 'source' && record['authoritative'] !== 'target')
    throw invalid('no authoritative side');
  if (typeof record['phase'] !== 'string' || !phases.has(record['phase'])) throw invalid('no known phase');
  for (const name of counts) {
    const count = record[name];
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0)
      throw invalid(`no whole ${name}`);
  }
  return record as unknown as VerifiedRecord;
}
