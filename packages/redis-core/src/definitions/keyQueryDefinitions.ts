import type { IRedisKeyQueryCommands, SortOptions } from '@org/redis-interface';
import {
  checkFlag,
  checkKey,
  checkOptionalChoice,
  checkOptions,
  checkString,
  checkWholeNumber,
  invalidArgument,
} from '../calculations/checks.js';
import type { DefinitionsOf, KeySpec } from '../models/CommandDefinition.js';
import type { RedisArgument } from '../models/DriverTopology.js';
import { globLiteral } from '../calculations/globLiteral.js';

/**
 * SORT's arguments: `key [BY p] [LIMIT o c] [GET p]… [ASC|DESC] [ALPHA] [STORE dest]`. `store` is
 * refused for SORT_RO. The patterns are sent as they are (ioredis prefixes them like keys).
 */
function sortArguments(command: 'sort' | 'sortRo', key: unknown, given: unknown): RedisArgument[] {
  const args: RedisArgument[] = [checkKey(command, key)];
  if (given === undefined) return args;
  const options = checkOptions(command, given as SortOptions);
  if (options.by !== undefined) args.push('BY', checkString(command, 'options.by', options.by));
  if (options.limit !== undefined) {
    const limit = checkOptions(command, options.limit, 'options.limit') as Partial<
      NonNullable<SortOptions['limit']>
    >;
    args.push(
      'LIMIT',
      checkWholeNumber(command, 'options.limit.offset', limit.offset, 0),
      checkWholeNumber(command, 'options.limit.count', limit.count, 0),
    );
  }
  if (options.get !== undefined) {
    if (!Array.isArray(options.get))
      throw invalidArgument(command, 'options.get', options.get, 'an array of patterns');
    options.get.forEach((pattern, index) =>
      args.push('GET', checkString(command, `options.get[${index}]`, pattern)),
    );
  }
  const order = checkOptionalChoice(command, 'options.order', options.order, ['ASC', 'DESC'] as const);
  if (order !== undefined) args.push(order);
  if (checkFlag(command, 'options.alpha', options.alpha)) args.push('ALPHA');
  if (options.store !== undefined) {
    if (command === 'sortRo')
      throw invalidArgument(command, 'options.store', options.store, 'nothing (use sort)');
    args.push('STORE', checkKey(command, options.store, 'options.store'));
  }
  return args;
}

/** The sorted key and the STORE destination, read the way Redis parses SORT (patterns are not keys). */
const sortKeys: KeySpec = (argv) => {
  const positions = [0];
  for (let index = 1; index < argv.length; index += 1) {
    const word = String(argv[index]).toUpperCase();
    if (word === 'BY' || word === 'GET') index += 1;
    else if (word === 'LIMIT') index += 2;
    else if (word === 'STORE') {
      positions.push(index + 1);
      index += 1;
    }
  }
  return positions;
};

/** A key from a server, without `keyPrefix` (KEYS only matches this prefix's keys). */
const unprefixed = (keyPrefix: string) => (key: string) => key.slice(keyPrefix.length);

/** SORT, SORT_RO, KEYS, RANDOMKEY. */
export const keyQueryDefinitions = {
  sort: {
    command: 'sort',
    build: ([key, options]) => sortArguments('sort', key, options),
    keys: sortKeys,
    reply: (reply) => reply as (string | null)[] | number,
  },
  sortRo: {
    command: 'sort_ro',
    name: 'sortRo',
    readOnly: true,
    build: ([key, options]) => sortArguments('sortRo', key, options),
    keys: 1,
  },
  keys: {
    kind: 'fanOut',
    command: 'keys',
    readOnly: true,
    build: ([pattern], { config }) => [
      globLiteral(config.keyPrefix) + checkString('keys', 'pattern', pattern),
    ],
    combine: (replies, _args, { config }) =>
      replies.flatMap(({ reply }) => (reply as string[]).map(unprefixed(config.keyPrefix))),
  },
  randomkey: {
    kind: 'fanOut',
    command: 'randomkey',
    readOnly: true,
    build: () => [],
    // Each master answers from its own keys only: pick one of the masters that had a key.
    combine: (replies) => {
      const found = replies.map(({ reply }) => reply as string | null).filter((key) => key !== null);
      return found.length === 0 ? null : (found[Math.floor(Math.random() * found.length)] ?? null);
    },
  },
} satisfies DefinitionsOf<IRedisKeyQueryCommands>;
