import type { ZCombineOptions, ZMPopOptions } from '@org/redis-interface';
import type { RedisArgument } from '../models/DriverTopology.js';
import {
  checkChoice,
  checkKeyArray,
  checkNumber,
  checkOptionalChoice,
  checkOptions,
  checkWholeNumber,
  invalidArgument,
} from './checks.js';
import { numberedKeys } from './countedKeys.js';

/** `numkeys k… [WEIGHTS w…] [AGGREGATE SUM|MIN|MAX]` of ZUNION/ZINTER and their STORE forms. */
export function combineArguments(
  command: string,
  keys: unknown,
  options: ZCombineOptions | undefined,
): RedisArgument[] {
  const args = numberedKeys(command, checkKeyArray(command, keys));
  const checked = checkOptions(command, options);
  if (checked.weights !== undefined) {
    const weights: unknown = checked.weights;
    if (!Array.isArray(weights) || weights.length !== args.length - 1)
      throw invalidArgument(
        command,
        'options.weights',
        weights,
        `an array of ${args.length - 1} numbers, one per key`,
      );
    args.push(
      'WEIGHTS',
      ...weights.map((weight, index) => checkNumber(command, `options.weights[${index}]`, weight)),
    );
  }
  const aggregate = checkOptionalChoice(command, 'options.aggregate', checked.aggregate, [
    'SUM',
    'MIN',
    'MAX',
  ]);
  if (aggregate !== undefined) args.push('AGGREGATE', aggregate);
  return args;
}

/** `numkeys k…` of ZDIFF/ZDIFFSTORE/ZINTERCARD: an array of keys, at least one. */
export const keyListArguments = (command: string, keys: unknown): RedisArgument[] =>
  numberedKeys(command, checkKeyArray(command, keys));

/** `MIN|MAX [COUNT n]` of ZMPOP/BZMPOP. */
export function popSideArguments(
  command: string,
  from: unknown,
  options: ZMPopOptions | undefined,
): RedisArgument[] {
  const side = checkChoice(command, 'from', from, ['MIN', 'MAX']);
  const { count } = checkOptions(command, options);
  return count === undefined ? [side] : [side, 'COUNT', checkWholeNumber(command, 'options.count', count, 1)];
}
