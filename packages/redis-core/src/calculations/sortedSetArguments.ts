import { RedisError, type ScoreBound, type ZAddMember, type ZAddOptions } from '@org/redis-interface';
import type { RedisArgument } from '../models/DriverTopology.js';
import { checkValue } from './arguments.js';

/** A score bound as Redis spells it, refusing NaN and malformed exclusive bounds. */
export function scoreBound(command: string, bound: ScoreBound): string {
  if (typeof bound === 'number') {
    if (Number.isNaN(bound))
      throw new RedisError('INVALID_ARGUMENT', `${command.toUpperCase()} got NaN as a score bound.`);
    return String(bound);
  }
  if (bound === '-inf' || bound === '+inf' || /^\((-?\d+(\.\d+)?|[+-]inf)$/.test(bound)) return bound;
  throw new RedisError(
    'INVALID_ARGUMENT',
    `${command.toUpperCase()} score bound "${bound}" is invalid: use a number, -inf, +inf or (number.`,
  );
}

/** ZADD flags then `score member` pairs. */
export function zaddArguments(
  members: ZAddMember | readonly ZAddMember[],
  options?: ZAddOptions,
): RedisArgument[] {
  const list: readonly ZAddMember[] = Array.isArray(members) ? members : [members as ZAddMember];
  if (list.length === 0) throw new RedisError('INVALID_ARGUMENT', 'ZADD needs at least one member.');
  const flags: string[] = [];
  if (options?.condition !== undefined) flags.push(options.condition);
  if (options?.comparison !== undefined) flags.push(options.comparison);
  if (options?.ch === true) flags.push('CH');
  return [
    ...flags,
    ...list.flatMap(({ score, member }) => {
      if (!Number.isFinite(score) && Math.abs(score) !== Number.POSITIVE_INFINITY) {
        throw new RedisError('INVALID_ARGUMENT', 'ZADD scores must be numbers (NaN is not one).');
      }
      return [
        score === Number.POSITIVE_INFINITY ? '+inf' : score === Number.NEGATIVE_INFINITY ? '-inf' : score,
        checkValue('zadd', member),
      ];
    }),
  ];
}
