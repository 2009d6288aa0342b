import type { QueuedCommand } from '@org/redis-core';
import { execPipeline, nodeAddress, sendBuffer } from '@org/redis-engine-ioredis';
import type { Cluster } from 'ioredis';
import { clusterRefusal } from '../calculations/clusterRefusal.js';
import { groupByNode } from '../calculations/groupByNode.js';

/** What {@link execClusterBatch} needs from the topology. */
export interface ClusterBatchRouting {
  /** The cluster client: its slot table, its master connections, its own routing as fallback. */
  readonly client: Cluster;
  /** The configured key prefix (slots are computed on prefixed keys). */
  readonly keyPrefix: string;
  /** Re-read the slot table (after a node refused a command). */
  refreshSlots(): Promise<void>;
  /** Report a refusal that made us re-route a command (for metrics). */
  onRedirection(node: string): void;
}

/**
 * Send the commands at `positions` through the cluster client, which routes and follows
 * redirections itself, writing each outcome to `settled` as soon as it arrives (so that a node
 * that does not answer holds back only its own commands).
 */
export async function sendThroughCluster(
  client: Cluster,
  commands: readonly QueuedCommand[],
  positions: readonly number[],
  settled: (PromiseSettledResult<unknown> | undefined)[],
): Promise<void> {
  await Promise.all(
    positions.map((position) => {
      const command = commands[position] as QueuedCommand;
      const reply =
        command.buffer === true
          ? sendBuffer(client, command.command, command.args)
          : client.call(command.command, ...command.args);
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
 * Commands refused without running (MOVED, ASK, TRYAGAIN: the slot table was stale; a pipeline on
 * one node's connection does not follow redirections) are sent once more through the cluster client
 * after a slot-table refresh (one per batch). Commands that failed in any other way are not,
 * since they may have run.
 */
export async function execClusterBatch(
  routing: ClusterBatchRouting,
  commands: readonly QueuedCommand[],
  settled: (PromiseSettledResult<unknown> | undefined)[],
): Promise<void> {
  const { client } = routing;
  const masters = new Map(client.nodes('master').map((node) => [nodeAddress(node), node]));
  let refreshed: Promise<void> | undefined;
  const groups = groupByNode(commands, client.slots, routing.keyPrefix);
  await Promise.all(
    [...groups].map(async ([address, positions]) => {
      const connection = address === undefined ? undefined : masters.get(address);
      if (connection === undefined) await sendThroughCluster(client, commands, positions, settled);
      else {
        const batch = positions.map((position) => commands[position] as QueuedCommand);
        const results = await execPipeline(connection, batch);
        positions.forEach((position, index) => (settled[position] = results[index]));
      }
      const refused = positions.filter((position) => {
        const outcome = settled[position];
        const refusal = outcome?.status === 'rejected' ? clusterRefusal(outcome.reason) : undefined;
        if (refusal !== undefined) routing.onRedirection(refusal.node);
        return refusal !== undefined;
      });
      if (refused.length === 0) return;
      await (refreshed ??= routing.refreshSlots());
      await sendThroughCluster(client, commands, refused, settled);
    }),
  );
}
