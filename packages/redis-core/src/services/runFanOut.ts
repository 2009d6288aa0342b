import { checkArguments } from '../calculations/checks.js';
import type { FanOutDefinition, NodeReply } from '../models/CommandDefinition.js';
import type { RedisArgument } from '../models/DriverTopology.js';
import type { CommandExecutor } from './CommandExecutor.js';
import { sendOn } from './sendOn.js';

/**
 * Run a fan-out definition: its arguments checked and the masters listed under one guard, then the
 * command sent to every master (each under its own guard: one slow node times out alone), replies
 * combined with the node that gave each.
 */
export async function runFanOut<A extends readonly unknown[], R>(
  executor: CommandExecutor,
  definition: FanOutDefinition<A, R>,
  args: A,
): Promise<R> {
  const name = definition.name ?? definition.command;
  let argv: readonly RedisArgument[] = [];
  const nodes = await executor.guard(name, () => {
    argv = definition.build(args, executor.topology);
    checkArguments(name, argv, 0);
    return definition.everyNode === true ? executor.topology.nodes() : executor.topology.masters();
  });
  const replies = await Promise.all(
    nodes.map((node) =>
      executor.guard(name, async (): Promise<NodeReply> => ({
        node: node.address,
        reply: await sendOn(node, definition.command, argv, definition.buffer),
      })),
    ),
  );
  return definition.combine(replies, args, executor.topology);
}
