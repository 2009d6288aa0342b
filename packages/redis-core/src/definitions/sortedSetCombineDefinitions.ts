import type { IRedisSortedSetCombineCommands } from '@org/redis-interface';
import { checkKey, checkOptions, checkWholeNumber } from '../calculations/checks.js';
import { countedKeys } from '../calculations/keyPositions.js';
import { combineArguments, keyListArguments } from '../calculations/sortedSetCombineArguments.js';
import { toScoredMembers } from '../calculations/sortedSetReplies.js';
import type { DefinitionsOf } from '../models/CommandDefinition.js';

/** `numkeys k…`: the keys after the count at argument 0. */
const afterCount = countedKeys(0);
/** `destination numkeys k…`: the destination, then the counted keys. */
const destinationAndCounted = countedKeys(1, [0]);

/**
 * ZUNION, ZINTER, ZDIFF, their STORE forms and ZINTERCARD: one command over keys that must share a
 * slot (`CROSS_SLOT` before sending otherwise), never split: the result depends on every set at once.
 */
export const sortedSetCombineDefinitions = {
  zunion: {
    command: 'zunion',
    readOnly: true,
    build: ([keys, options]) => combineArguments('zunion', keys, options),
    keys: afterCount,
  },
  zunionWithScores: {
    command: 'zunion',
    name: 'zunionWithScores',
    readOnly: true,
    build: ([keys, options]) => [...combineArguments('zunionWithScores', keys, options), 'WITHSCORES'],
    keys: afterCount,
    reply: toScoredMembers,
  },
  zinter: {
    command: 'zinter',
    readOnly: true,
    build: ([keys, options]) => combineArguments('zinter', keys, options),
    keys: afterCount,
  },
  zinterWithScores: {
    command: 'zinter',
    name: 'zinterWithScores',
    readOnly: true,
    build: ([keys, options]) => [...combineArguments('zinterWithScores', keys, options), 'WITHSCORES'],
    keys: afterCount,
    reply: toScoredMembers,
  },
  zdiff: {
    command: 'zdiff',
    readOnly: true,
    build: ([keys]) => keyListArguments('zdiff', keys),
    keys: afterCount,
  },
  zdiffWithScores: {
    command: 'zdiff',
    name: 'zdiffWithScores',
    readOnly: true,
    build: ([keys]) => [...keyListArguments('zdiffWithScores', keys), 'WITHSCORES'],
    keys: afterCount,
    reply: toScoredMembers,
  },
  zunionstore: {
    command: 'zunionstore',
    build: ([destination, keys, options]) => [
      checkKey('zunionstore', destination, 'destination'),
      ...combineArguments('zunionstore', keys, options),
    ],
    keys: destinationAndCounted,
  },
  zinterstore: {
    command: 'zinterstore',
    build: ([destination, keys, options]) => [
      checkKey('zinterstore', destination, 'destination'),
      ...combineArguments('zinterstore', keys, options),
    ],
    keys: destinationAndCounted,
  },
  zdiffstore: {
    command: 'zdiffstore',
    build: ([destination, keys]) => [
      checkKey('zdiffstore', destination, 'destination'),
      ...keyListArguments('zdiffstore', keys),
    ],
    keys: destinationAndCounted,
  },
  zintercard: {
    command: 'zintercard',
    readOnly: true,
    build: ([keys, options]) => {
      const { limit } = checkOptions('zintercard', options);
      const args = keyListArguments('zintercard', keys);
      return limit === undefined
        ? args
        : [...args, 'LIMIT', checkWholeNumber('zintercard', 'options.limit', limit, 0)];
    },
    keys: afterCount,
  },
} satisfies DefinitionsOf<IRedisSortedSetCombineCommands>;
