import type { RedisKey } from '../models/DriverTopology.js';
import { checkKeys, invalidArgument } from './checks.js';

/** Arguments every blocking command has (BLPOP, BLMOVE, BZPOPMIN, BZMPOP…). */

/** The timeout of a blocking command, in seconds (fractions allowed, `0` waits forever). */
export function checkTimeout(command: string, timeoutSeconds: unknown): number {
  if (typeof timeoutSeconds === 'number' && Number.isFinite(timeoutSeconds) && timeoutSeconds >= 0)
    return timeoutSeconds;
  throw invalidArgument(
    command,
    'timeoutSeconds',
    timeoutSeconds,
    'a number of seconds >= 0 (0 waits forever)',
  );
}

/** How long a blocking command may block, in ms: `0` seconds waits forever (no deadline). */
export const blockingMs = (timeoutSeconds: number): number =>
  timeoutSeconds === 0 ? Number.POSITIVE_INFINITY : timeoutSeconds * 1_000;

/** One key or several, at least one (BLPOP, LMPOP: Redis answers a syntax error for none). */
export function nonEmptyKeys(command: string, keys: unknown): RedisKey[] {
  const list = checkKeys(command, keys);
  if (list.length === 0) throw invalidArgument(command, 'keys', keys, 'a key or a non-empty array of keys');
  return list;
}
