import type { ExpireCondition } from '@org/redis-interface';
import type { RedisArgument } from '../models/DriverTopology.js';
import { checkInteger } from './arguments.js';
import { checkKey, checkOptionalChoice } from './checks.js';

/** EXPIRE's conditions (EXPIREAT, PEXPIREAT share them). */
export const expireConditions: readonly ExpireCondition[] = ['NX', 'XX', 'GT', 'LT'];

/** `key ttl [NX|XX|GT|LT]` of EXPIRE/PEXPIRE, checked (shared with the pipeline form). */
export function expireArguments(
  command: 'expire' | 'pexpire',
  key: unknown,
  ttl: unknown,
  condition: unknown,
): RedisArgument[] {
  const args = [
    checkKey(command, key),
    checkInteger(command, command === 'expire' ? 'seconds' : 'milliseconds', ttl),
  ];
  const checked = checkOptionalChoice(command, 'condition', condition, expireConditions);
  return checked === undefined ? args : [...args, checked];
}
