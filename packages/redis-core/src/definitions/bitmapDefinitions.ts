import type { Bit, IRedisBitmapCommands } from '@org/redis-interface';
import { checkInteger } from '../calculations/arguments.js';
import {
  checkChoice,
  checkKey,
  checkKeyArray,
  checkOptionalChoice,
  checkOptions,
  checkWholeNumber,
  invalidArgument,
} from '../calculations/checks.js';
import type { DefinitionsOf } from '../models/CommandDefinition.js';
import type { RedisArgument } from '../models/DriverTopology.js';
import { bitfieldArguments } from '../calculations/bitfieldArguments.js';

/** 0 or 1: nothing else (`true`, `'1'`) is taken for a bit. */
function checkBit(command: string, name: string, value: unknown): Bit {
  if (value === 0 || value === 1) return value;
  throw invalidArgument(command, name, value, '0 or 1');
}
const units = ['BYTE', 'BIT'] as const;

/** `[start end [BYTE|BIT]]` of BITCOUNT/BITPOS; BITPOS may leave `end` out, but not then give a unit. */
function rangeArguments(command: string, given: unknown, endRequired: boolean): RedisArgument[] {
  if (given === undefined) return [];
  const range = checkOptions(command, given as Record<string, unknown>, 'range');
  const args: RedisArgument[] = [checkInteger(command, 'range.start', range['start'])];
  const unit = checkOptionalChoice(command, 'range.unit', range['unit'], units);
  if (range['end'] === undefined) {
    if (endRequired || unit !== undefined)
      throw invalidArgument(
        command,
        'range.end',
        range['end'],
        'a whole number (needed with start and unit)',
      );
    return args;
  }
  args.push(checkInteger(command, 'range.end', range['end']));
  if (unit !== undefined) args.push(unit);
  return args;
}

/** SETBIT, GETBIT, BITCOUNT, BITPOS, BITOP, BITFIELD, BITFIELD_RO. */
export const bitmapDefinitions = {
  setbit: {
    command: 'setbit',
    build: ([key, offset, value]) => [
      key,
      checkWholeNumber('setbit', 'offset', offset, 0),
      checkBit('setbit', 'value', value),
    ],
    keys: 1,
    reply: (reply) => reply as Bit,
  },
  getbit: {
    command: 'getbit',
    readOnly: true,
    build: ([key, offset]) => [key, checkWholeNumber('getbit', 'offset', offset, 0)],
    keys: 1,
    reply: (reply) => reply as Bit,
  },
  bitcount: {
    command: 'bitcount',
    readOnly: true,
    build: ([key, range]) => [checkKey('bitcount', key), ...rangeArguments('bitcount', range, true)],
    keys: 1,
  },
  bitpos: {
    command: 'bitpos',
    readOnly: true,
    build: ([key, bit, range]) => [
      checkKey('bitpos', key),
      checkBit('bitpos', 'bit', bit),
      ...rangeArguments('bitpos', range, false),
    ],
    keys: 1,
  },
  bitop: {
    command: 'bitop',
    build: ([operation, destination, keys]) => {
      const op = checkChoice('bitop', 'operation', operation, ['AND', 'OR', 'XOR', 'NOT'] as const);
      const sources = checkKeyArray('bitop', keys);
      if (sources.length === 0 || (op === 'NOT' && sources.length !== 1))
        throw invalidArgument(
          'bitop',
          'keys',
          keys,
          op === 'NOT' ? 'exactly one key for NOT' : 'at least one key',
        );
      return [op, checkKey('bitop', destination, 'destination'), ...sources];
    },
    keys: { first: 1, last: -1, step: 1 },
  },
  bitfield: {
    command: 'bitfield',
    build: ([key, operations]) => [checkKey('bitfield', key), ...bitfieldArguments('bitfield', operations)],
    keys: 1,
  },
  bitfieldRo: {
    command: 'bitfield_ro',
    name: 'bitfieldRo',
    readOnly: true,
    build: ([key, operations]) => [
      checkKey('bitfieldRo', key),
      ...bitfieldArguments('bitfieldRo', operations),
    ],
    keys: 1,
  },
} satisfies DefinitionsOf<IRedisBitmapCommands>;
