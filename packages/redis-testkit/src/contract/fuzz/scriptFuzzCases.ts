import { createHash } from 'node:crypto';
import fc from 'fast-check';
import type { IRedisScriptCommands } from '@org/redis-interface';
import { args, choice, flag, integer, junk, junkKey, keyArray, options, value } from './arbitraries.js';
import { isBoolean, isList } from './documented.js';
import type { FuzzCase } from './FuzzCase.js';

/** The script `runScript` cases call by name; defined by the group before the runs. */
export const fuzzScript = { name: 'fuzz-get', lua: "return redis.call('GET', KEYS[1])", keys: 1 } as const;

/** Lua that reads (valid for the `_RO` forms), that writes nothing, and that does not compile. */
const lua = choice(fuzzScript.lua, 'return ARGV[1]', 'return {1, 2}', 'not lua at all (');
/** The SHA1 of the fuzz script (cached by `defineScript` runs or `scriptLoad`), or one nobody loaded. */
const sha = choice(createHash('sha1').update(fuzzScript.lua).digest('hex'), '0'.repeat(40), 'not-a-sha');
const argv = fc.oneof(fc.array(value, { maxLength: 2 }), fc.constant(undefined), junk);

/** A SHA1: 40 hex digits. */
const isSha = (reply: unknown): boolean => typeof reply === 'string' && /^[0-9a-f]{40}$/.test(reply);

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
  eval: { args: (keys) => args(lua, keyArray(keys), argv) },
  evalRo: { args: (keys) => args(lua, keyArray(keys), argv) },
  evalsha: { args: (keys) => args(sha, keyArray(keys), argv) },
  evalshaRo: { args: (keys) => args(sha, keyArray(keys), argv) },
  scriptLoad: { args: () => args(lua), resolves: isSha },
  scriptExists: {
    args: () => args(fc.oneof(fc.array(sha, { maxLength: 3 }), junk)),
    resolves: (reply) => isList(reply) && (reply as unknown[]).every(isBoolean),
  },
  // Harmless on the shared servers: defined scripts are sent again on NOSCRIPT.
  scriptFlush: { args: () => args(options({ async: flag })), resolves: (reply) => reply === undefined },
} satisfies Record<keyof IRedisScriptCommands, FuzzCase>;
