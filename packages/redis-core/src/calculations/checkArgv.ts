import type { KeySpec } from '../models/CommandDefinition.js';
import { checkArguments, invalidArgument } from './checks.js';
import { keyPositions } from './keyPositions.js';
import type { RedisArgument } from '../models/DriverTopology.js';

/**
 * The last line before the client for a definition's arguments: every key (found by `spec`) is a
 * string or a Buffer, every other argument a string, a Buffer or a finite number.
 * @throws RedisError `INVALID_ARGUMENT` naming the first bad argument.
 */
export function checkArgv(command: string, argv: readonly unknown[], spec: KeySpec): void {
  // The usual shape (the first n arguments are keys) without computing positions: every command runs this.
  if (typeof spec === 'number') {
    checkArguments(command, argv, spec);
    return;
  }
  checkArguments(command, argv, 0);
  for (const position of keyPositions(spec, argv as readonly RedisArgument[])) {
    const key = argv[position];
    if (typeof key !== 'string' && !Buffer.isBuffer(key))
      throw invalidArgument(command, `key at argument ${position + 1}`, key, 'a string or a Buffer');
  }
}
