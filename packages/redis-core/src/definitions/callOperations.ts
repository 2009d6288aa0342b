import type { IRedisCallCommands } from '@org/redis-interface';
import { callCommand } from '../services/callCommand.js';
import type { OperationsOf } from '../services/installOperations.js';

/**
 * `call()`: any command line, its keys located from the server's COMMAND table, kept in the
 * service's parts (`executor.parts.commandTable`, fetched on first use).
 */
export const callOperations = {
  call: (executor, command, ...args) => callCommand(executor, command, args),
} satisfies OperationsOf<IRedisCallCommands>;
