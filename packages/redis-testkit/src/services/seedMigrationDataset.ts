import { keySlot } from '@org/redis-core';
import { Redis } from 'ioredis';
import { BIG_KEY_TYPES, bigKeyCommands } from '../calculations/bigKeyCommands.js';
import { datasetKeyCommands } from '../calculations/datasetKeyCommands.js';
import { validateDatasetSpec } from '../calculations/validateDatasetSpec.js';
import { slotOwners } from '../calculations/slotOwners.js';
import type { MigrationDatasetSpec, SeedConnection, SeedResult } from '../models/MigrationDatasetSpec.js';
import type { TestCredentials, TlsMaterial } from '../models/RedisNodeInfo.js';
import { TestkitError } from '../models/TestkitError.js';
import { PipelineBatcher } from './PipelineBatcher.js';

interface Address {
  readonly host: string;
  readonly port: number;
}

async function connect(address: Address, connection: SeedConnection): Promise<Redis> {
  const tls: TlsMaterial | undefined = connection.tls;
  const credentials: TestCredentials | undefined = connection.credentials;
  const client = new Redis({
    host: address.host,
    port: address.port,
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 5_000,
    // A pipeline of 1 000 writes answers in milliseconds; a minute means the server is gone.
    commandTimeout: 60_000,
    ...(credentials === undefined ? {} : { username: credentials.username, password: credentials.password }),
    ...(tls === undefined ? {} : { tls: { ca: tls.ca, servername: tls.servername } }),
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    client.disconnect();
    throw new TestkitError('SEED_FAILED', `Cannot connect to ${address.host}:${address.port} to seed it`, {
      cause: error,
    });
  }
  return client;
}

/** One client per master and the lane of each slot (all 0 on a standalone server). */
async function openLanes(
  connection: SeedConnection,
): Promise<{ clients: Redis[]; laneOf: (key: Buffer) => number }> {
  if (!('startupNodes' in connection)) {
    return { clients: [await connect(connection, connection)], laneOf: () => 0 };
  }
  const seed = connection.startupNodes[0];
  if (seed === undefined) throw new RangeError('startupNodes is empty: give at least one host and port');
  const first = await connect(seed, connection);
  const owners = slotOwners(await first.call('CLUSTER', 'SLOTS').finally(() => first.disconnect()));
  const clients: Redis[] = [];
  try {
    for (const master of owners.masters) clients.push(await connect(master, connection));
  } catch (error) {
    for (const client of clients) client.disconnect();
    throw error;
  }
  return { clients, laneOf: (key) => owners.ownerBySlot[keySlot(key, '')] ?? 0 };
}

/**
 * Write a deterministic migration dataset (see {@link MigrationDatasetSpec}) into a standalone
 * server or a cluster, fast: raw pipelines of up to 1 000 commands (4 MiB), at most 2 in flight
 * per master, so memory stays flat whatever the key count. Nothing is deleted first: seed an empty
 * server (an existing key of another type makes a command fail).
 *
 * Cluster behaviour: reads `CLUSTER SLOTS` once from the first startup node and sends each key's
 * commands straight to the master serving its slot (keys spread over all slots; no redirects are
 * followed, so do not reshard or fail over while seeding).
 *
 * @returns the exact number of keys written: `spec.keys`, plus 5 with `bigKeys`.
 * @throws RangeError for a spec out of range; TestkitError `SEED_FAILED` when a node cannot be
 *   reached or refuses a command (the message names the command).
 */
export async function seedMigrationDataset(
  connection: SeedConnection,
  spec: MigrationDatasetSpec,
): Promise<SeedResult> {
  const resolved = validateDatasetSpec(spec);
  const { clients, laneOf } = await openLanes(connection);
  try {
    const batcher = new PipelineBatcher(clients);
    for (let index = 0; index < resolved.keys; index += 1) {
      const key = datasetKeyCommands(index, resolved);
      await batcher.add(laneOf(key.key), key.commands);
    }
    const big = resolved.bigKeys === undefined ? [] : BIG_KEY_TYPES;
    for (const type of big) {
      const key = bigKeyCommands(type, resolved.bigKeys?.elements ?? 0, resolved);
      await batcher.add(laneOf(key.key), key.commands);
    }
    await batcher.flush();
    return { keys: resolved.keys + big.length };
  } finally {
    for (const client of clients) client.disconnect();
  }
}
