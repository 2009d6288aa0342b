import type { RedisArgument } from '../models/DriverTopology.js';
import { nonEmptyKeys } from './blockingArguments.js';

/** One key or several, at least one, as a counted list: `[numkeys, k…]` (ZUNION, ZINTERCARD, BZMPOP). */
export function numberedKeys(command: string, keys: unknown): RedisArgument[] {
  const list = nonEmptyKeys(command, keys);
  return [list.length, ...list];
}
