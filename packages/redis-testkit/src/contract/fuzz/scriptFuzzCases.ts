import fc from 'fast-check';
import type { IRedisScriptCommands } from '@org/redis-interface';
import { args, choice, integer, junk, junkKey, keyArray, options, value } from './arbitraries.js';
import type { FuzzCase } from './FuzzCase.js';

/** The script `runScript` cases call by name; defined by the group before the runs. */
export const fuzzScript = { name: 'fuzz-get', lua: "return redis.call('GET', KEYS[1])", keys: 1 } as const;

/** Scripts: definitions with junk fields, runs with junk names, keys and arguments. */
export const scriptFuzzCases = {
  defineScript: {
    args: () =>
      args(
        fc.oneof(
          options({
            name: choice(fuzzScript.name, 'fuzz-other', ''),
            lua: choice(fuzzScript.lua, 'return 1', ''),
            keys: fc.oneof(integer(0, 2), fc.array(fc.constantFrom('a', 'b'), { maxLength: 2 }), junkKey),
          }),
          junk,
        ),
      ),
    sync: true,
    resolves: (script) => typeof script === 'object' && script !== null && 'run' in script,
  },
  runScript: {
    args: (keys) =>
      args(
        choice(fuzzScript.name, 'no-such-script'),
        keyArray(keys),
        fc.oneof(fc.array(value, { maxLength: 2 }), junk),
      ),
  },
} satisfies Record<keyof IRedisScriptCommands, FuzzCase>;
