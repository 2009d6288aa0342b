import { RedisError } from '@org/redis-interface';
import type { DedicatedConnections } from '../models/DedicatedConnections.js';
import type { DriverTopology } from '../models/DriverTopology.js';
import type { CommandProgress } from './PendingCommand.js';

/**
 * Dedicated connections for one guarded command. A connection that arrives after the caller already
 * has its answer (the deadline passed while it opened, e.g. on a paused node) is given back unused:
 * a BLPOP sent then would pop an element nobody receives, a write would be applied for nobody.
 *
 * @param topology - where the connections come from.
 * @param command - the command, for the pool's messages.
 * @param progress - the command's guard: whether its caller is answered already.
 */
export function dedicatedConnectionsFor(
  topology: Pick<DriverTopology, 'acquireDedicated' | 'releaseDedicated'>,
  command: string,
  progress: CommandProgress,
): DedicatedConnections {
  return {
    acquire: async (key) => {
      const connection = await topology.acquireDedicated(key, command);
      if (!progress.settled) return connection;
      topology.releaseDedicated(connection);
      throw new RedisError('COMMAND_TIMEOUT', `${command} got its connection after its deadline: not sent.`);
    },
    release: (connection) => {
      topology.releaseDedicated(connection);
    },
  };
}
