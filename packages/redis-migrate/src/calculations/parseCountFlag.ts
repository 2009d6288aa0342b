import { MigrateError } from '../models/MigrateError.js';

/**
 * Parse a whole-number flag such as `--batch 500`.
 *
 * @param flag - the flag as the user typed it (`--batch`), for the message.
 * @param raw - what commander gave.
 * @param minimum - the smallest value allowed (default 1).
 * @throws MigrateError `USAGE` when `raw` is not a whole number >= `minimum`.
 */
export function parseCountFlag(flag: string, raw: string, minimum = 1): number {
  const value = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < minimum) {
    throw new MigrateError(
      'USAGE',
      `${flag} must be a whole number >= ${minimum}, got ${JSON.stringify(raw)}`,
    );
  }
  return value;
}
