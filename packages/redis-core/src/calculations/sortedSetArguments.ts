import { RedisError, type ZAddMember, type ZAddOptions } from '@org/redis-interface';
import type { RedisArgument } from '../models/DriverTopology.js';
import { checkValue } from './arguments.js';
import { checkFlag, checkOptionalChoice, checkOptions, invalidArgument } from './checks.js';

/** A score bound as Redis spells it, refusing NaN, non-numbers and malformed exclusive bounds. */
export function scoreBound(command: string, bound: unknown, name = 'bound'): string {
  if (typeof bound === 'number') {
    if (Number.isNaN(bound)) throw invalidArgument(command, name, bound, 'a number, -inf, +inf or (number');
    return bound === Number.POSITIVE_INFINITY
      ? '+inf'
      : bound === Number.NEGATIVE_INFINITY
        ? '-inf'
        : String(bound);
  }
  if (
    typeof bound === 'string' &&
    (bound === '-inf' || bound === '+inf' || /^\((-?\d+(\.\d+)?|[+-]inf)$/.test(bound))
  )
    return bound;
  throw invalidArgument(command, name, bound, 'a number, -inf, +inf or (number');
}

/** A ZADD score: a number, ±Infinity included (sent as ±inf), never NaN, a BigInt or text. */
function score(value: unknown, name: string): RedisArgument {
  if (typeof value !== 'number' || Number.isNaN(value))
    throw invalidArgument('zadd', name, value, 'a number (±Infinity allowed)');
  return value === Number.POSITIVE_INFINITY ? '+inf' : value === Number.NEGATIVE_INFINITY ? '-inf' : value;
}

/** ZADD flags then `score member` pairs. */
export function zaddArguments(
  members: ZAddMember | readonly ZAddMember[],
  options?: ZAddOptions,
): RedisArgument[] {
  const list: readonly unknown[] = Array.isArray(members) ? members : [members];
  if (list.length === 0) throw new RedisError('INVALID_ARGUMENT', 'ZADD needs at least one member.');
  const checked = checkOptions('zadd', options);
  const flags: RedisArgument[] = [];
  const condition = checkOptionalChoice('zadd', 'options.condition', checked.condition, ['NX', 'XX']);
  const comparison = checkOptionalChoice('zadd', 'options.comparison', checked.comparison, ['GT', 'LT']);
  if (condition !== undefined) flags.push(condition);
  if (comparison !== undefined) flags.push(comparison);
  if (checkFlag('zadd', 'options.ch', checked.ch)) flags.push('CH');
  list.forEach((entry, index) => {
    const name = Array.isArray(members) ? `members[${index}]` : 'member';
    if (entry === undefined) throw invalidArgument('zadd', name, entry, 'a { score, member } object');
    const pair = checkOptions('zadd', entry as ZAddMember, name);
    flags.push(score(pair.score, `${name}.score`), checkValue('zadd', pair.member, `${name}.member`));
  });
  return flags;
}
