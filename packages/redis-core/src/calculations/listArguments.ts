import {
  RedisError,
  type ListPopResult,
  type ListSide,
  type LPosCountOptions,
  type LPosOptions,
  type RedisKeys,
} from '@org/redis-interface';
import type { RedisArgument } from '../models/DriverTopology.js';
import { checkInteger } from './arguments.js';
import { checkChoice, checkOptions, checkWholeNumber, invalidArgument } from './checks.js';
import { nonEmptyKeys } from './blockingArguments.js';
import { stripKeyPrefix } from './stripKeyPrefix.js';

/** The ends of a list (LMOVE, LMPOP…). */
export const listSides: readonly ListSide[] = ['LEFT', 'RIGHT'];

/** `[RANK r] [COUNT n] [MAXLEN m]` of LPOS: a rank of 0 is refused by Redis, so before sending here. */
export function lposOptions(options: LPosOptions | LPosCountOptions | undefined): RedisArgument[] {
  const { rank, count, maxlen } = checkOptions('lpos', options);
  const words: RedisArgument[] = [];
  if (rank !== undefined) {
    if (checkInteger('lpos', 'options.rank', rank) === 0)
      throw invalidArgument(
        'lpos',
        'options.rank',
        rank,
        'a whole number other than 0 (negative: from the tail)',
      );
    words.push('RANK', rank);
  }
  if (count !== undefined) words.push('COUNT', checkWholeNumber('lpos', 'options.count', count, 0));
  if (maxlen !== undefined) words.push('MAXLEN', checkWholeNumber('lpos', 'options.maxlen', maxlen, 0));
  return words;
}

/** `numkeys key… LEFT|RIGHT [COUNT n]` of LMPOP/BLMPOP. */
export function mpopArguments(
  command: string,
  keys: RedisKeys,
  side: unknown,
  count: unknown,
): RedisArgument[] {
  const list = nonEmptyKeys(command, keys);
  const words: RedisArgument[] = [list.length, ...list, checkChoice(command, 'side', side, listSides)];
  if (count !== undefined) words.push('COUNT', checkWholeNumber(command, 'count', count, 1));
  return words;
}

/** LMPOP/BLMPOP reply (`[key, elements]` or null, the same in RESP2 and RESP3) → the result. */
export function toListPopResult(reply: unknown, keyPrefix: string): ListPopResult | null {
  if (reply === null || reply === undefined) return null;
  if (!Array.isArray(reply) || reply.length !== 2)
    throw new RedisError('SERVER_ERROR', 'LMPOP got a reply that is not [key, elements].');
  const [key, elements] = reply as [string, string[]];
  return { key: stripKeyPrefix(key, keyPrefix), elements };
}
