import type { IRedisTransactionReader } from '@org/redis-interface';
import { mapRedisError } from '../calculations/mapRedisError.js';
import { serviceDefinitions } from '../definitions/serviceDefinitions.js';
import type { Definition } from '../models/CommandDefinition.js';
import type { NodeConnection } from '../models/NodeConnection.js';
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

/** Reads that run on the connection holding the WATCH, so they see what the transaction guards. */
export function readerOn(connection: NodeConnection, keyPrefix: string): IRedisTransactionReader {
  const reader: Record<string, unknown> = {};
  for (const member of readerMembers) {
    const definition = serviceDefinitions[member];
    if (definition === undefined) throw new Error(`no definition for the reader's ${member}`);
    reader[member] = (...args: unknown[]) => readOn(connection, keyPrefix, member, definition, args);
  }
  return reader as unknown as IRedisTransactionReader;
}
