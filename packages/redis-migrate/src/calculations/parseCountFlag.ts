import { MigrateError } from '../models/MigrateError.js';

/**
 * Parse a whole-number flag value.
 * @param flag - the flag's name for the message (`--batch`).
 * @param text - what was given.
 * @param min - the smallest value allowed.
 * @throws MigrateError `USAGE` naming the flag, the rule and what was given.
 */
export function parseCountFlag(flag: string, text: string, min = 1): number {
  const value = /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min) {
    throw new MigrateError('USAGE', `${flag} must be a whole number >= ${min}, got ${JSON.stringify(text)}`);
  }
  return value;
}
