import { serviceDefinitions, type Definition } from '@org/redis-core';

/**
 * How a migrating service runs a member:
 * - `read`: on the phase's read side (sampled and compared on the target in `shadow`);
 * - `write`: on the authoritative side, then replayed on the other one until `done`;
 * - `authoritative`: on the authoritative side only: PUBLISH (every subscriber listens on both sides,
 *   so a message published once is delivered once) and WAIT/WAITAOF (they wait for the replicas of
 *   the connection that took the writes).
 */
export type MemberRole = 'read' | 'write' | 'authoritative';

const authoritativeMembers: ReadonlySet<string> = new Set(['publish', 'wait', 'waitaof']);
const authoritativeCommands: ReadonlySet<string> = new Set(['publish', 'spublish', 'wait', 'waitaof']);

/** The role of the member `member`, written as `definition`. */
export function memberRole(member: string, definition: Definition): MemberRole {
  if (authoritativeMembers.has(member)) return 'authoritative';
  return definition.readOnly === true ? 'read' : 'write';
}

/** Commands every definition of which only reads (XINFO, OBJECT); FUNCTION and SCRIPT also write. */
function readOnlyCommands(): ReadonlySet<string> {
  const reads = new Set<string>();
  const writes = new Set<string>();
  for (const definition of Object.values(serviceDefinitions))
    (definition.readOnly === true ? reads : writes).add(definition.command);
  for (const command of writes) reads.delete(command);
  return reads;
}

let reads: ReadonlySet<string> | undefined;

/**
 * The role of `call(command, …)`: a read when every member sending that command only reads, else a
 * write (replayed as sent: `call` refuses blocking commands, so a replay never blocks).
 */
export function commandRole(command: string): MemberRole {
  // Not a name: the authoritative side refuses it (INVALID_ARGUMENT), and nothing is replayed.
  if (typeof command !== 'string') return 'authoritative';
  const name = command.toLowerCase();
  if (authoritativeCommands.has(name)) return 'authoritative';
  reads ??= readOnlyCommands();
  return reads.has(name) ? 'read' : 'write';
}
