import type { QueuedCommand } from '../models/DriverTopology.js';
import type { SharedClient } from '../models/SharedClient.js';

/**
 * Send the commands at `positions` once more, each through the shared client (which routes by key
 * with the slot table just refreshed, and follows redirections itself), writing each outcome to
 * `settled` as it arrives. Their refusals are cleared first: should the deadline pass meanwhile,
 * they time out rather than keep the stale MOVED.
 */
export async function resendRouted(
  client: SharedClient,
  commands: readonly QueuedCommand[],
  positions: readonly number[],
  settled: (PromiseSettledResult<unknown> | undefined)[],
): Promise<void> {
  for (const position of positions) settled[position] = undefined;
  await Promise.all(
    positions.map((position) => {
      const { command, args, buffer } = commands[position] as QueuedCommand;
      const reply = buffer === true ? client.callBuffer(command, args) : client.call(command, args);
      return reply.then(
        (value) => (settled[position] = { status: 'fulfilled', value }),
        (reason: unknown) => (settled[position] = { status: 'rejected', reason }),
      );
    }),
  );
}
