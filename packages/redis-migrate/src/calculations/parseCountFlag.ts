import { MigrateError } from '../models/MigrateError.js';

/**
 * Parse a whole-number flag (`--batch 500`), as a commander option parser.
 *
 * @param flag - the flag's name, for the message (`--batch`).
 * @param value - the text given on the command line.
 * @param minimum - the smallest value allowed (default 1).
 * @throws MigrateError `USAGE`: `--batch must be a whole number >= 1, got "x"`.
 */
export function parseCountFlag(flag: string, value: string, minimum = 1): number {
  const parsed = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isSafeInteger(parsed) || parsed < minimum) {
    throw new MigrateError(
      'USAGE',
      `${flag} must be a whole number >= ${minimum}, got ${JSON.stringify(value)}`,
    );
  }
  return parsed;
}
