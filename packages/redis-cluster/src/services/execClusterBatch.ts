import { sendOn, type QueuedCommand, type SharedClient } from '@org/redis-core';
import { execPipeline, nodeAddress } from '@org/redis-engine-ioredis';
import type { Cluster } from 'ioredis';
import { groupByNode } from '../calculations/groupByNode.js';

/**
 * Send the commands at `positions` through the shared cluster client, which routes (by the slot
 * of the key's bytes) and follows redirections itself, writing each outcome to `settled` as soon
 * as it arrives (so that a node that does not answer holds back only its own commands).
 */
export async function sendThroughCluster(
  client: SharedClient,
  commands: readonly QueuedCommand[],
  positions: readonly number[],
  settled: (PromiseSettledResult<unknown> | undefined)[],
): Promise<void> {
  await Promise.all(
    positions.map((position) => {
      const command = commands[position] as QueuedCommand;
      const reply = sendOn(client, command.command, command.args, command.buffer);
      return reply.then(
        (value) => (settled[position] = { status: 'fulfilled', value }),
        (reason: unknown) => (settled[position] = { status: 'rejected', reason }),
      );
    }),
  );
}

/**
 * Run independent commands over many slots as one pipeline per master: one write and one round
 * trip per node, nodes in parallel, instead of one routed command per key. Each outcome is
 * written to `settled` at the command's position as soon as its node's group is final, so a
 * node that does not answer holds back only its own commands (the caller's deadline settles those).
 *
 * Each command is sent once. One refused without running (MOVED, ASK, TRYAGAIN: the slot table was
 * stale; a pipeline on one node's connection does not follow redirections) is settled with its
 * refusal: core's `runBatch` sends it again through the guard's one retry.
 * @param cluster - the ioredis cluster client: its slot table and master connections.
 * @param shared - the same client behind the engine boundary, for commands no known master serves.
 * @param keyPrefix - the configured key prefix (slots are computed on prefixed keys).
 */
export async function execClusterBatch(
  cluster: Cluster,
  shared: SharedClient,
  keyPrefix: string,
  commands: readonly QueuedCommand[],
  settled: (PromiseSettledResult<unknown> | undefined)[],
): Promise<void> {
  const masters = new Map(cluster.nodes('master').map((node) => [nodeAddress(node), node]));
  const groups = groupByNode(commands, cluster.slots, keyPrefix);
  await Promise.all(
    [...groups].map(async ([address, positions]) => {
      const connection = address === undefined ? undefined : masters.get(address);
      if (connection === undefined) return sendThroughCluster(shared, commands, positions, settled);
      const batch = positions.map((position) => commands[position] as QueuedCommand);
      const results = await execPipeline(connection, batch);
      positions.forEach((position, index) => (settled[position] = results[index]));
    }),
  );
}
