import type {
  HashEntry,
  IRedisHashCommands,
  IRedisSetCommands,
  IRedisSortedSetCommands,
  ScoredMember,
} from '@org/redis-interface';
import { checkKey } from '../calculations/checks.js';
import { toFieldPairs } from '../calculations/fieldReplies.js';
import { keyScanArguments } from '../calculations/keyScanArguments.js';
import { toScore } from '../calculations/replies.js';
import type { OperationsOf } from '../services/installOperations.js';
import { scanKey, type KeyScanPage } from '../services/scanKey.js';

/** The page definition of HSCAN, SSCAN or ZSCAN: one key, read-only, its items from the reply. */
function keyScanPage<T>(command: string, items: (reply: unknown) => T[]): KeyScanPage<T> {
  return {
    command,
    readOnly: true,
    keys: 1,
    build: ([key, cursor, options]) => [
      checkKey(command, key),
      cursor,
      ...keyScanArguments(command, options),
    ],
    reply: (reply) => {
      const [cursor, page] = reply as [unknown, unknown];
      return { cursor: String(cursor), items: items(page) };
    },
  };
}

/** A ZSCAN score: text in RESP2, maybe a double in RESP3. */
const score = (value: unknown): number => (typeof value === 'number' ? value : toScore(String(value)));

const hscanPage = keyScanPage<HashEntry>('hscan', (page) => toFieldPairs<string>(page));
const sscanPage = keyScanPage<string>('sscan', (page) => page as string[]);
const zscanPage = keyScanPage<ScoredMember>('zscan', (page) =>
  toFieldPairs<unknown>(page).map(([member, value]) => ({ member, score: score(value) })),
);

/**
 * The iterators over one key's elements, all on one cursor loop (`scanKey`): every page a one-key
 * command to the node serving the key. Not queueable (they are not definitions).
 */
export const keyScanOperations = {
  hscan: (executor, key, options) => scanKey(executor, hscanPage, key, options),
  sscan: (executor, key, options) => scanKey(executor, sscanPage, key, options),
  zscan: (executor, key, options) => scanKey(executor, zscanPage, key, options),
} satisfies OperationsOf<
  Pick<IRedisHashCommands, 'hscan'> &
    Pick<IRedisSetCommands, 'sscan'> &
    Pick<IRedisSortedSetCommands, 'zscan'>
>;
