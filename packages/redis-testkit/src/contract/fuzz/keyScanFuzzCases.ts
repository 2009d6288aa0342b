import type {
  IRedisHashCommands,
  IRedisService,
  IRedisSetCommands,
  IRedisSortedSetCommands,
} from '@org/redis-interface';
import { args, choice, integer, key, options } from './arbitraries.js';
import { callMember } from './callMember.js';
import type { FuzzCase } from './FuzzCase.js';

/** Reads at most a few elements of the iterator `member` returns (the fuzz keys hold one each). */
function readSome(member: 'hscan' | 'sscan' | 'zscan'): NonNullable<FuzzCase['invoke']> {
  return async (service: IRedisService, values: readonly unknown[]) => {
    const iterable = callMember(service, member, values) as AsyncIterable<unknown>;
    const items: unknown[] = [];
    for await (const item of iterable) {
      items.push(item);
      if (items.length >= 5) break;
    }
    return items;
  };
}

/** MATCH and COUNT, valid or junk. */
const scanOptions = options({ match: choice('*', 'f*', 'nothing-*'), count: integer(1, 20) });

const isPair = (item: unknown): boolean =>
  Array.isArray(item) && item.length === 2 && item.every((part) => typeof part === 'string');
const isScored = (item: unknown): boolean =>
  typeof item === 'object' &&
  item !== null &&
  typeof (item as { member?: unknown }).member === 'string' &&
  typeof (item as { score?: unknown }).score === 'number';

/** Lists of what each iterator documents it yields. */
const listOf =
  (isItem: (item: unknown) => boolean) =>
  (items: unknown): boolean =>
    Array.isArray(items) && items.every(isItem);

/** The iterators over one key (HSCAN, SSCAN, ZSCAN), each read for a few elements. */
export const keyScanFuzzCases = {
  hscan: {
    args: (keys) => args(key(keys), scanOptions),
    invoke: readSome('hscan'),
    resolves: listOf(isPair),
  },
  sscan: {
    args: (keys) => args(key(keys), scanOptions),
    invoke: readSome('sscan'),
    resolves: listOf((item) => typeof item === 'string'),
  },
  zscan: {
    args: (keys) => args(key(keys), scanOptions),
    invoke: readSome('zscan'),
    resolves: listOf(isScored),
  },
} satisfies Record<
  | keyof Pick<IRedisHashCommands, 'hscan'>
  | keyof Pick<IRedisSetCommands, 'sscan'>
  | keyof Pick<IRedisSortedSetCommands, 'zscan'>,
  FuzzCase
>;
