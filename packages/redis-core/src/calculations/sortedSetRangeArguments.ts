import type {
  ZRangeByLexOptions,
  ZRangeByScoreOptions,
  ZRangeOptions,
  ZRangeStoreOptions,
} from '@org/redis-interface';
import type { RedisArgument } from '../models/DriverTopology.js';
import { checkInteger } from './arguments.js';
import { checkFlag, checkOptionalChoice, checkOptions, invalidArgument } from './checks.js';
import { scoreBound } from './sortedSetArguments.js';

/**
 * The range part of ZRANGE (after the key) and ZRANGESTORE (after both keys), by rank, score or
 * member. Redis 6.2+ spells every range form as ZRANGE with BYSCORE/BYLEX/REV, so ZREVRANGE,
 * ZRANGEBYSCORE, ZREVRANGEBYLEX… are these arguments, not commands of their own.
 */

/** A lexicographic bound: `-`, `+`, `[member` or `(member`. */
export function lexBound(command: string, bound: unknown, name: string): string {
  if (typeof bound === 'string' && (bound === '-' || bound === '+' || /^[[(]/.test(bound))) return bound;
  throw invalidArgument(command, name, bound, "'-', '+', '[member' (inclusive) or '(member' (exclusive)");
}

/** `start stop [REV]` by rank. */
export function rankRange(
  command: string,
  start: unknown,
  stop: unknown,
  options: ZRangeOptions | undefined,
): RedisArgument[] {
  const range = [checkInteger(command, 'start', start), checkInteger(command, 'stop', stop)];
  return checkFlag(command, 'options.rev', checkOptions(command, options).rev) ? [...range, 'REV'] : range;
}

/** `low high BY… [REV] [LIMIT offset count]` from checked bounds: with REV the bounds go max first. */
function boundRange(
  command: string,
  low: string,
  high: string,
  by: 'BYSCORE' | 'BYLEX',
  options: ZRangeByScoreOptions | ZRangeByLexOptions | undefined,
): RedisArgument[] {
  const checked = checkOptions(command, options);
  const args: RedisArgument[] = checkFlag(command, 'options.rev', checked.rev)
    ? [high, low, by, 'REV']
    : [low, high, by];
  if (checked.limit === undefined) return args;
  const limit = checkOptions(command, checked.limit, 'options.limit');
  args.push(
    'LIMIT',
    checkInteger(command, 'options.limit.offset', limit.offset),
    checkInteger(command, 'options.limit.count', limit.count),
  );
  return args;
}

/** `min max BYSCORE [REV] [LIMIT offset count]`. */
export function scoreRange(
  command: string,
  min: unknown,
  max: unknown,
  options: ZRangeByScoreOptions | undefined,
): RedisArgument[] {
  const [low, high] = [scoreBound(command, min, 'min'), scoreBound(command, max, 'max')];
  return boundRange(command, low, high, 'BYSCORE', options);
}

/** `min max BYLEX [REV] [LIMIT offset count]`. */
export function lexRange(
  command: string,
  min: unknown,
  max: unknown,
  options: ZRangeByLexOptions | undefined,
): RedisArgument[] {
  const [low, high] = [lexBound(command, min, 'min'), lexBound(command, max, 'max')];
  return boundRange(command, low, high, 'BYLEX', options);
}

/** The range of ZRANGESTORE by `options.by` (rank by default). */
export function storeRange(
  min: unknown,
  max: unknown,
  options: ZRangeStoreOptions | undefined,
): RedisArgument[] {
  const command = 'zrangestore';
  const checked = checkOptions(command, options);
  const by = checkOptionalChoice(command, 'options.by', checked.by, ['RANK', 'SCORE', 'LEX']);
  if (by === 'SCORE') return scoreRange(command, min, max, checked);
  if (by === 'LEX') return lexRange(command, min, max, checked);
  // LIMIT by rank is a Redis syntax error: refused here, before sending, for untyped callers.
  const { limit } = checked as { readonly limit?: unknown };
  if (limit !== undefined)
    throw invalidArgument(
      command,
      'options.limit',
      limit,
      "nothing by rank (limit needs by: 'SCORE' or 'LEX')",
    );
  return rankRange(command, min, max, checked);
}
