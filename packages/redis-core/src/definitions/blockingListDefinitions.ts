import type { BlockingPopResult, IRedisListCommands, RedisKeys } from '@org/redis-interface';
import { checkChoice, checkKey } from '../calculations/checks.js';
import { allKeysBut, countedKeys } from '../calculations/keyPositions.js';
import { blockingMs, checkTimeout, nonEmptyKeys } from '../calculations/blockingArguments.js';
import { listSides, mpopArguments, toListPopResult } from '../calculations/listArguments.js';
import { stripKeyPrefix } from '../calculations/stripKeyPrefix.js';
import type { BlockingDefinition, DefinitionsOf } from '../models/CommandDefinition.js';

type BlockingListCommands = Pick<IRedisListCommands, 'blpop' | 'brpop' | 'blmove' | 'blmpop'>;

/** BLPOP/BRPOP: `key… timeout`; the reply's key without the prefix. */
const blockingPop = (
  command: string,
): BlockingDefinition<readonly [RedisKeys, number], BlockingPopResult | null> => ({
  kind: 'blocking',
  command,
  build: ([keys, timeoutSeconds]) => [...nonEmptyKeys(command, keys), checkTimeout(command, timeoutSeconds)],
  keys: allKeysBut(1),
  blocksForMs: ([, timeoutSeconds]) => blockingMs(timeoutSeconds),
  reply: (reply, _, keyPrefix) => {
    if (reply === null) return null;
    const [key, element] = reply as [string, string];
    return [stripKeyPrefix(key, keyPrefix), element];
  },
});

/**
 * The blocking list commands: each on a dedicated connection to the node of its first key (its keys
 * must share that slot), the deadline extended by its timeout (none for `0`: it waits forever).
 * Not queueable.
 */
export const blockingListDefinitions = {
  blpop: blockingPop('blpop'),
  brpop: blockingPop('brpop'),
  blmove: {
    kind: 'blocking',
    command: 'blmove',
    build: ([source, destination, from, to, timeoutSeconds]) => [
      checkKey('blmove', source, 'source'),
      checkKey('blmove', destination, 'destination'),
      checkChoice('blmove', 'from', from, listSides),
      checkChoice('blmove', 'to', to, listSides),
      checkTimeout('blmove', timeoutSeconds),
    ],
    keys: 2,
    blocksForMs: ([, , , , timeoutSeconds]) => blockingMs(timeoutSeconds),
  },
  blmpop: {
    kind: 'blocking',
    command: 'blmpop',
    build: ([keys, side, timeoutSeconds, count]) => [
      checkTimeout('blmpop', timeoutSeconds),
      ...mpopArguments('blmpop', keys, side, count),
    ],
    keys: countedKeys(1),
    blocksForMs: ([, , timeoutSeconds]) => blockingMs(timeoutSeconds),
    reply: (reply, _, keyPrefix) => toListPopResult(reply, keyPrefix),
  },
} satisfies DefinitionsOf<BlockingListCommands>;
