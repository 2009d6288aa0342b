import { MigrateError } from '../models/MigrateError.js';

/** A deterministic share of the keyspace: which keys `verify --sample` looks at. */
export interface KeySample {
  /** The share as the user gave it, in percent (100 for every key). */
  readonly percent: number;
  /**
   * Keys whose 32-bit hash is below this are in the sample (`2 ** 32` for every key), see
   * {@link isSampled}.
   */
  readonly threshold: number;
}

/** Every key. */
export const fullSample: KeySample = { percent: 100, threshold: 2 ** 32 };

/**
 * Parse `--sample 1%` / `0.5%` / `100%`.
 * @throws MigrateError `USAGE` unless it is a percentage above 0 and at most 100, with a `%`.
 */
export function parseSampleFlag(raw: string): KeySample {
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*%\s*$/.exec(raw);
  const percent = match?.[1] === undefined ? Number.NaN : Number(match[1]);
  if (!(percent > 0 && percent <= 100)) {
    throw new MigrateError(
      'USAGE',
      `--sample must be a percentage above 0 and at most 100 such as 1% or 0.5%, got ${JSON.stringify(raw)}`,
    );
  }
  return { percent, threshold: Math.round((percent / 100) * 2 ** 32) };
}
