import { RedisError } from '@org/redis-interface';
import { checkArguments } from '../calculations/checks.js';
import type { NodeDefinition } from '../models/CommandDefinition.js';
import type { DriverTopology, NodeConnection, RedisKey } from '../models/DriverTopology.js';
import type { CommandExecutor } from './CommandExecutor.js';

/** The shared connection to the master serving `key` (the one the client sends that key's commands on). */
async function sharedConnectionFor(
  topology: DriverTopology,
  key: RedisKey,
  command: string,
): Promise<NodeConnection> {
  const masters = await topology.masters();
  const only = masters.length === 1 ? masters[0] : undefined;
  if (only !== undefined) return only;
  const address = topology.nodeFor(key);
  const node = masters.find((master) => master.address === address);
  if (node !== undefined) return node;
  throw new RedisError(
    'CLUSTER_DOWN',
    `${command.toUpperCase()} failed: no connection to the master of the key's slot (${address ?? 'unknown'}): check health() and retry.`,
    { details: { retryable: true, reply: 'no master for the slot' } },
  );
}

/**
 * Run a node definition: its arguments checked (a bad one rejects, nothing sent), then the command
 * sent on the shared connection to the master serving its key, with the command timeout plus what
 * it may block as its deadline.
 */
export function runNode<A extends readonly unknown[], R>(
  executor: CommandExecutor,
  definition: NodeDefinition<A, R>,
  args: A,
): Promise<R> {
  const name = definition.name ?? definition.command;
  return executor.checked(
    name,
    () => {
      const input = definition.build(args);
      checkArguments(name, input.argv, 0);
      return { ...input, waitMs: definition.blocksForMs(args) };
    },
    ({ key, argv, waitMs }) =>
      executor.guard(
        name,
        async () => {
          const node = await sharedConnectionFor(executor.topology, key, name);
          const timeoutMs = executor.topology.config.commandTimeoutMs + waitMs;
          let reply: unknown;
          try {
            // Its own timeout, not commandTimeoutMs: WAIT may block longer than it.
            reply = await node.sendRaw(definition.command, argv, timeoutMs);
          } catch (error) {
            throw definition.refusal?.(error) ?? error;
          }
          return definition.reply === undefined ? (reply as R) : definition.reply(reply, args);
        },
        waitMs,
      ),
  );
}
