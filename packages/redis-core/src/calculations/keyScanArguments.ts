import type { KeyScanOptions } from '@org/redis-interface';
import type { RedisArgument } from '../models/DriverTopology.js';
import { checkOptions, checkString, checkWholeNumber } from './checks.js';

/** COUNT when none is given: fewer round trips than Redis's 10 on a large key, as `scan` does. */
const defaultCount = 100;

/**
 * `[MATCH pattern] COUNT n` of HSCAN/SSCAN/ZSCAN. MATCH is over fields or members, not keys: no
 * key prefix in it.
 * @throws RedisError `INVALID_ARGUMENT` for options that are not an object, a `match` that is not
 * a string or a `count` that is not a whole number `>= 1`.
 */
export function keyScanArguments(command: string, options: KeyScanOptions | undefined): RedisArgument[] {
  const { match, count } = checkOptions(command, options);
  const tail: RedisArgument[] =
    match === undefined ? [] : ['MATCH', checkString(command, 'options.match', match)];
  tail.push(
    'COUNT',
    count === undefined ? defaultCount : checkWholeNumber(command, 'options.count', count, 1),
  );
  return tail;
}
