import type { IRedisSortedSetRangeCommands } from '@org/redis-interface';
import { checkKey } from '../calculations/checks.js';
import { toScoredMembers } from '../calculations/sortedSetReplies.js';
import {
  lexBound,
  lexRange,
  rankRange,
  scoreRange,
  storeRange,
} from '../calculations/sortedSetRangeArguments.js';
import type { DefinitionsOf } from '../models/CommandDefinition.js';
import type { RedisArgument } from '../models/DriverTopology.js';

/** `key min max` by member (ZLEXCOUNT, ZREMRANGEBYLEX). */
const keyLexBounds =
  (command: string) =>
  ([key, min, max]: readonly [unknown, unknown, unknown]): RedisArgument[] => [
    checkKey(command, key),
    lexBound(command, min, 'min'),
    lexBound(command, max, 'max'),
  ];

/**
 * Range queries. Every form is ZRANGE (Redis 6.2+: BYSCORE, BYLEX, REV, LIMIT), so the reverse
 * and by-score/by-member forms have one metrics label, `zrange`, as before; ZRANGESTORE writes
 * a range of one key into another (one slot).
 */
export const sortedSetRangeDefinitions = {
  zrange: {
    command: 'zrange',
    readOnly: true,
    build: ([key, start, stop, options]) => [key, ...rankRange('zrange', start, stop, options)],
    keys: 1,
  },
  zrangeWithScores: {
    command: 'zrange',
    readOnly: true,
    build: ([key, start, stop, options]) => [key, ...rankRange('zrange', start, stop, options), 'WITHSCORES'],
    keys: 1,
    reply: toScoredMembers,
  },
  zrangebyscore: {
    command: 'zrange',
    readOnly: true,
    build: ([key, min, max, options]) => [key, ...scoreRange('zrangebyscore', min, max, options)],
    keys: 1,
  },
  zrangebyscoreWithScores: {
    command: 'zrange',
    readOnly: true,
    build: ([key, min, max, options]) => [
      key,
      ...scoreRange('zrangebyscore', min, max, options),
      'WITHSCORES',
    ],
    keys: 1,
    reply: toScoredMembers,
  },
  zrangebylex: {
    command: 'zrange',
    readOnly: true,
    build: ([key, min, max, options]) => [key, ...lexRange('zrangebylex', min, max, options)],
    keys: 1,
  },
  zlexcount: { command: 'zlexcount', readOnly: true, build: keyLexBounds('zlexcount'), keys: 1 },
  zremrangebylex: { command: 'zremrangebylex', build: keyLexBounds('zremrangebylex'), keys: 1 },
  zrangestore: {
    command: 'zrangestore',
    build: ([destination, source, min, max, options]) => [
      checkKey('zrangestore', destination, 'destination'),
      checkKey('zrangestore', source, 'source'),
      ...storeRange(min, max, options),
    ],
    keys: 2,
  },
} satisfies DefinitionsOf<IRedisSortedSetRangeCommands>;
