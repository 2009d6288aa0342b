import type { IRedisTransactionReader } from '@org/redis-interface';
import { mapRedisError } from '../calculations/mapRedisError.js';
import { serviceDefinitions } from '../definitions/serviceDefinitions.js';
import type { Definition } from '../models/CommandDefinition.js';
import type { NodeConnection } from '../models/NodeConnection.js';
import type { CommandExecutor } from './CommandExecutor.js';
import { noSlotCheck, recordDefinition, type QueueHost } from './recordDefinition.js';

/** The reader's members: each runs the service member's own definition. */
const readerMembers = [
  'get',
  'getJson',
  'hget',
  'hgetall',
  'exists',
  'smembers',
  'zscore',
  'lrange',
] as const satisfies readonly (keyof IRedisTransactionReader)[];

/**
 * Run one definition on `connection` (the one holding the WATCH), built, checked and transformed
 * exactly as the service member and its queued form are: it is recorded as a queue entry, then sent.
 */
async function readOn(
  connection: NodeConnection,
  keyPrefix: string,
  member: string,
  definition: Definition,
  args: readonly unknown[],
): Promise<unknown> {
  const host: QueueHost = { commands: [], checkSameSlot: noSlotCheck, keyPrefix };
  recordDefinition(host, definition, args);
  const [entry] = host.commands;
  if (entry === undefined) throw new Error(`${member} recorded nothing`);
  if (entry.invalid !== undefined) throw entry.invalid;
  try {
    return entry.transform(await connection.call(entry.command, entry.args));
  } catch (error) {
    throw mapRedisError(error, member);
  }
}

/** The reader whose members call `read(member, definition, args)`. */
function readerWith(
  read: (member: string, definition: Definition, args: readonly unknown[]) => Promise<unknown>,
): IRedisTransactionReader {
  const reader: Record<string, unknown> = {};
  for (const member of readerMembers) {
    const definition = serviceDefinitions[member];
    if (definition === undefined) throw new Error(`no definition for the reader's ${member}`);
    reader[member] = (...args: unknown[]) => read(member, definition, args);
  }
  return reader as unknown as IRedisTransactionReader;
}

/** Reads that run on the connection holding the WATCH, so they see what the transaction guards. */
export function readerOn(connection: NodeConnection, keyPrefix: string): IRedisTransactionReader {
  return readerWith((member, definition, args) => readOn(connection, keyPrefix, member, definition, args));
}

/**
 * Reads that run like the service's own members (each one command on `executor`), for a transaction
 * that watches no key: there is no watching connection to read on.
 */
export function readerThrough(executor: CommandExecutor): IRedisTransactionReader {
  return readerWith((_member, definition, args) => executor.run(definition, args));
}
