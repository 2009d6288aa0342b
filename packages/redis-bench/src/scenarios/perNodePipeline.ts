import { keySlot } from '@org/redis-core';
import type { Cluster, Redis } from 'ioredis';
import type { BenchCommand } from '../clients/BenchClient.js';

/** ioredis' `[error, reply]` pair of one pipelined command. */
type Reply = [error: Error | null, result: unknown];

/**
 * A pipeline split per node by hand with raw ioredis, as an application would write it without
 * the layer: each command's slot → the master serving it (`cluster.slots`), one `pipeline().exec()`
 * per master on that master's own connection, all in parallel, replies put back in the caller's
 * order. Without a key prefix (the nodes' connections would not apply the cluster's).
 *
 * @returns the function sending one such pipeline.
 * @throws Error when a slot's master is not among `cluster.nodes('master')` (topology changed).
 */
export function perNodePipeline(cluster: Cluster): (commands: readonly BenchCommand[]) => Promise<Reply[]> {
  const masters = new Map<string, Redis>(
    cluster.nodes('master').map((node) => [`${node.options.host ?? ''}:${node.options.port ?? 0}`, node]),
  );
  return async (commands) => {
    const groups = new Map<string, { positions: number[]; commands: BenchCommand[] }>();
    commands.forEach((command, position) => {
      const address = cluster.slots[keySlot(command[1], '')]?.[0] ?? '';
      const group = groups.get(address);
      if (group === undefined) groups.set(address, { positions: [position], commands: [command] });
      else {
        group.positions.push(position);
        group.commands.push(command);
      }
    });
    const replies = new Array<Reply>(commands.length);
    await Promise.all(
      [...groups].map(async ([address, group]) => {
        const node = masters.get(address);
        if (node === undefined) throw new Error(`no master connection for ${address}: the slots moved`);
        const results = (await node.pipeline(group.commands).exec()) ?? [];
        group.positions.forEach((position, index) => (replies[position] = results[index] ?? [null, null]));
      }),
    );
    return replies;
  };
}
