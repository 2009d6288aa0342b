import type { Definition } from '../models/CommandDefinition.js';
import type { RedisKey } from '../models/DriverTopology.js';
import { keysOf } from './keyPositions.js';

/**
 * The keys a call of `definition` with `args` names, as the caller wrote them (no key prefix), in
 * order: what a write touched, for a layer that must remember it (the migrating service marks the
 * keys of a write the other side refused for repair). None for a fan-out (FLUSHDB, SCRIPT LOAD) or a
 * node command (WAIT), and none when the arguments do not build (such a call was never sent).
 *
 * @param definition - the member's definition.
 * @param args - the member's arguments.
 */
export function definitionKeys(definition: Definition, args: readonly unknown[]): RedisKey[] {
  try {
    switch (definition.kind) {
      case 'split':
        return [...definition.build(args).keys];
      case 'fanOut':
      case 'node':
        return [];
      default:
        return keysOf(definition.keys, definition.build(args));
    }
  } catch {
    return [];
  }
}
