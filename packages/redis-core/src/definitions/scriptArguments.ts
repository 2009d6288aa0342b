import type { RedisValue } from '@org/redis-interface';
import { checkValue } from '../calculations/arguments.js';
import { checkKeyArray, checkString, invalidArgument } from '../calculations/checks.js';
import type { KeySpec } from '../models/CommandDefinition.js';
import type { RedisArgument, RedisKey } from '../models/DriverTopology.js';

/** The arguments of EVAL, EVALSHA, FCALL and their read-only forms: what to run, its keys, its values. */
export type ScriptCallArgs = readonly [
  target: string,
  keys: readonly RedisKey[],
  args?: readonly RedisValue[] | undefined,
];

/** `target numkeys key… arg…`: the keys are the `numkeys` arguments after the count. */
export const scriptKeys: KeySpec = (argv) =>
  Array.from({ length: Math.min(Number(argv[1]), argv.length - 2) }, (_, index) => index + 2);

/** A list of values (`ARGV`): an array, each a value; `undefined` is none. */
export function valueArray(command: string, values: unknown, name = 'args'): RedisValue[] {
  if (values === undefined) return [];
  if (!Array.isArray(values)) throw invalidArgument(command, name, values, 'an array of values');
  return values.map((value, index) => checkValue(command, value, `${name}[${index}]`));
}

/**
 * The builder of `member`: `target` (Lua source, SHA1 or function name, named `targetName`) checked
 * as a string, the keys as a list of keys, the arguments as a list of values.
 */
export const scriptCallArguments =
  (member: string, targetName: string) =>
  ([target, keys, args]: ScriptCallArgs): RedisArgument[] => {
    const checked = checkString(member, targetName, target);
    const list = checkKeyArray(member, keys);
    return [checked, list.length, ...list, ...valueArray(member, args)];
  };
