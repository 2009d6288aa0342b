import { RedisError } from '@org/redis-interface';
import type { RedisArgument, RedisKey } from '../models/DriverTopology.js';
import { checkKeys, checkNumber, invalidArgument } from './checks.js';

/**
 * Commands whose keys follow a count (`ZUNION numkeys k…`, `ZUNIONSTORE dest numkeys k…`,
 * `BZMPOP timeout numkeys k…`): the count is sent by the builder, the key positions read from it.
 */

/** One key or several, at least one, each checked. */
export function nonEmptyKeys(command: string, keys: unknown): RedisKey[] {
  const list = checkKeys(command, keys);
  if (list.length === 0)
    throw new RedisError(
      'INVALID_ARGUMENT',
      `${command.toUpperCase()} needs at least one key: pass a non-empty list.`,
    );
  return list;
}

/** One key or several, at least one: `[numkeys, k…]`. */
export function numberedKeys(command: string, keys: unknown): RedisArgument[] {
  const list = nonEmptyKeys(command, keys);
  return [list.length, ...list];
}

/** A blocking timeout in seconds: a finite number >= 0 (`0` waits forever). */
export function timeoutSeconds(command: string, value: unknown): number {
  const seconds = checkNumber(command, 'timeoutSeconds', value);
  if (seconds < 0) throw invalidArgument(command, 'timeoutSeconds', value, 'seconds >= 0 (0 waits forever)');
  return seconds;
}

/** How long a blocking command may wait, in ms: forever for a timeout of 0. */
export const waitMs = (seconds: unknown): number =>
  seconds === 0 ? Number.POSITIVE_INFINITY : (seconds as number) * 1_000;
