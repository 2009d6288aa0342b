import type { IRedisSubstringCommands } from '@org/redis-interface';
import { args, flag, integer, key, options, value } from './arbitraries.js';
import { isCount } from './documented.js';
import type { FuzzCase } from './FuzzCase.js';

/** GETRANGE, SETRANGE (small offsets: a huge one would allocate up to 512 MB), LCS. */
export const substringFuzzCases = {
  getrange: {
    args: (keys) => args(key(keys), integer(-10, 10), integer(-10, 10)),
    resolves: (text) => typeof text === 'string',
  },
  setrange: { args: (keys) => args(key(keys), integer(0, 64), value), resolves: isCount },
  lcs: {
    args: (keys) =>
      args(
        key(keys),
        key(keys),
        options({ len: flag, idx: flag, minMatchLength: integer(0, 4), withMatchLength: flag }),
      ),
    resolves: (result) => ['string', 'number', 'object'].includes(typeof result) && result !== null,
  },
} satisfies Record<keyof IRedisSubstringCommands, FuzzCase>;
