import type { IRedisHyperLogLogCommands } from '@org/redis-interface';
import { checkValue } from '../calculations/arguments.js';
import { checkKey, checkKeys, invalidArgument } from '../calculations/checks.js';
import { allKeys } from '../calculations/keyPositions.js';
import type { DefinitionsOf } from '../models/CommandDefinition.js';
import type { RedisArgument } from '../models/DriverTopology.js';
import { isOne } from './shapes.js';

/** PFADD, PFCOUNT, PFMERGE. Several keys: one slot (PFCOUNT of many keys merges them on the server). */
export const hyperLogLogDefinitions = {
  pfadd: {
    command: 'pfadd',
    build: ([key, elements]) => {
      const args: RedisArgument[] = [checkKey('pfadd', key)];
      if (elements === undefined) return args;
      const list: unknown[] = Array.isArray(elements) ? elements : [elements];
      list.forEach((element, index) =>
        args.push(checkValue('pfadd', element, Array.isArray(elements) ? `elements[${index}]` : 'elements')),
      );
      return args;
    },
    keys: 1,
    reply: isOne,
  },
  pfcount: {
    command: 'pfcount',
    readOnly: true,
    build: ([keys]) => {
      const list = checkKeys('pfcount', keys);
      if (list.length === 0) throw invalidArgument('pfcount', 'keys', keys, 'at least one key');
      return list;
    },
    keys: allKeys,
  },
  pfmerge: {
    command: 'pfmerge',
    build: ([destination, sources]) => [
      checkKey('pfmerge', destination, 'destination'),
      ...checkKeys('pfmerge', sources, 'sources'),
    ],
    keys: allKeys,
  },
} satisfies DefinitionsOf<IRedisHyperLogLogCommands>;
