import type {
  IRedisSubstringCommands,
  LcsMatch,
  LcsMatches,
  LcsOptions,
  LcsRange,
} from '@org/redis-interface';
import { checkInteger, checkValue } from '../calculations/arguments.js';
import {
  checkFlag,
  checkKey,
  checkOptions,
  checkWholeNumber,
  invalidArgument,
} from '../calculations/checks.js';
import { pairsToRecord } from '../calculations/replies.js';
import type { RedisArgument } from '../models/DriverTopology.js';
import type { DefinitionsOf } from '../models/CommandDefinition.js';

/** `key1 key2 [LEN] [IDX] [MINMATCHLEN n] [WITHMATCHLEN]`, the combinations Redis refuses refused here. */
function lcsArguments(key1: unknown, key2: unknown, given: LcsOptions | undefined): RedisArgument[] {
  const args: RedisArgument[] = [checkKey('lcs', key1, 'key1'), checkKey('lcs', key2, 'key2')];
  if (given === undefined) return args;
  const options = checkOptions('lcs', given);
  const len = checkFlag('lcs', 'options.len', options.len);
  const idx = checkFlag('lcs', 'options.idx', options.idx);
  const withMatchLength = checkFlag('lcs', 'options.withMatchLength', options.withMatchLength);
  if (len && idx) throw invalidArgument('lcs', 'options', options, 'len or idx, not both');
  if (len) args.push('LEN');
  if (idx) args.push('IDX');
  if (options.minMatchLength !== undefined || withMatchLength) {
    if (!idx)
      throw invalidArgument('lcs', 'options', options, 'idx: true with minMatchLength or withMatchLength');
    if (options.minMatchLength !== undefined)
      args.push('MINMATCHLEN', checkWholeNumber('lcs', 'options.minMatchLength', options.minMatchLength, 0));
    if (withMatchLength) args.push('WITHMATCHLEN');
  }
  return args;
}

type RawMatch = [LcsRange, LcsRange, number?];

/** LCS IDX's reply (RESP2 pairs or a RESP3 map) → {@link LcsMatches}. */
function toLcsMatches(reply: unknown): LcsMatches {
  const record = pairsToRecord(reply as unknown[]);
  const matches = (record['matches'] as RawMatch[]).map(([key1, key2, length]): LcsMatch => ({
    key1: [key1[0], key1[1]],
    key2: [key2[0], key2[1]],
    ...(length === undefined ? {} : { length }),
  }));
  return { matches, length: Number(record['len']) };
}

/** GETRANGE, SETRANGE, LCS. */
export const substringDefinitions = {
  getrange: {
    command: 'getrange',
    readOnly: true,
    build: ([key, start, end]) => [
      key,
      checkInteger('getrange', 'start', start),
      checkInteger('getrange', 'end', end),
    ],
    keys: 1,
  },
  setrange: {
    command: 'setrange',
    build: ([key, offset, value]) => [
      key,
      checkWholeNumber('setrange', 'offset', offset, 0),
      checkValue('setrange', value),
    ],
    keys: 1,
  },
  lcs: {
    command: 'lcs',
    readOnly: true,
    build: ([key1, key2, options]) => lcsArguments(key1, key2, options),
    keys: 2,
    reply: (reply, [, , options]) => {
      if (options?.idx === true) return toLcsMatches(reply);
      return options?.len === true ? Number(reply) : (reply as string);
    },
  },
} satisfies DefinitionsOf<IRedisSubstringCommands>;
