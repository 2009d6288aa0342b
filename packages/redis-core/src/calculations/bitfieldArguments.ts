import type { BitfieldOperation } from '@org/redis-interface';
import type { RedisArgument } from '../models/DriverTopology.js';
import { checkInteger } from './arguments.js';
import { checkChoice, checkOptions, invalidArgument } from './checks.js';

/** `i1`…`i64` and `u1`…`u63`, the widths Redis accepts. */
function checkEncoding(command: string, name: string, value: unknown): string {
  const match = typeof value === 'string' ? /^([iu])(\d{1,2})$/.exec(value) : null;
  const width = match === null ? 0 : Number(match[2]);
  if (match !== null && width >= 1 && width <= (match[1] === 'i' ? 64 : 63)) return value as string;
  throw invalidArgument(command, name, value, 'an encoding i1…i64 or u1…u63');
}

/** A bit offset `>= 0`, or `#n` (the n-th field of the encoding's width). */
function checkOffset(command: string, name: string, value: unknown): RedisArgument {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value === 'string' && /^#\d+$/.test(value)) return value;
  throw invalidArgument(command, name, value, 'a whole number >= 0 or "#n"');
}

/**
 * BITFIELD's operations → `GET enc off`, `SET enc off value`, `INCRBY enc off incr`, `OVERFLOW how`,
 * in order. `bitfieldRo` allows GET only.
 */
export function bitfieldArguments(command: 'bitfield' | 'bitfieldRo', operations: unknown): RedisArgument[] {
  if (!Array.isArray(operations) || operations.length === 0)
    throw invalidArgument(command, 'operations', operations, 'a non-empty array of operations');
  const kinds = command === 'bitfield' ? (['get', 'set', 'incrby', 'overflow'] as const) : (['get'] as const);
  const args: RedisArgument[] = [];
  (operations as unknown[]).forEach((given, index) => {
    const name = `operations[${index}]`;
    const operation = checkOptions(command, given as BitfieldOperation, name) as Partial<
      Record<string, unknown>
    >;
    if (Object.keys(operation).length === 0) throw invalidArgument(command, name, given, 'an operation');
    const kind = checkChoice(command, `${name}.kind`, operation['kind'], kinds);
    if (kind === 'overflow') {
      args.push(
        'OVERFLOW',
        checkChoice(command, `${name}.behavior`, operation['behavior'], ['WRAP', 'SAT', 'FAIL']),
      );
      return;
    }
    const field = [
      checkEncoding(command, `${name}.encoding`, operation['encoding']),
      checkOffset(command, `${name}.offset`, operation['offset']),
    ];
    if (kind === 'get') args.push('GET', ...field);
    else if (kind === 'set')
      args.push('SET', ...field, checkInteger(command, `${name}.value`, operation['value']));
    else args.push('INCRBY', ...field, checkInteger(command, `${name}.increment`, operation['increment']));
  });
  return args;
}
