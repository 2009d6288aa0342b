import { checkArguments } from '../calculations/checks.js';
import { splitBatch } from '../calculations/splitBatch.js';
import { splitReplies } from '../calculations/splitReplies.js';
import type { SplitDefinition, SplitInput } from '../models/CommandDefinition.js';
import type { CommandExecutor } from './CommandExecutor.js';
import { runBatch } from './runBatch.js';
import { sendOn } from './sendOn.js';

/**
 * Run a split definition: its keys grouped by the topology (cluster: by slot; standalone: one
 * group). One group is sent as one command; several go as one batch (one pipeline per node),
 * reported as one command. Each reply comes back with its key positions for the merge.
 * @throws the first failed group's error code once every group has settled or the deadline has
 * passed, with `details.split` naming the failed keys, slots and nodes (other groups did run).
 */
export function runSplit<A extends readonly unknown[], R>(
  executor: CommandExecutor,
  definition: SplitDefinition<A, R>,
  args: A,
): Promise<R> {
  const name = definition.name ?? definition.command;
  return executor.checked(
    name,
    () => definition.build(args),
    (input) =>
      input.keys.length === 0
        ? executor.guard(name, () => Promise.resolve(definition.empty))
        : send(executor, definition, input),
  );
}

function send<R>(
  executor: CommandExecutor,
  definition: SplitDefinition<never, R>,
  input: SplitInput,
): Promise<R> {
  const { topology } = executor;
  const { command } = definition;
  const name = definition.name ?? command;
  const buffer = definition.buffer === true;
  const groups = topology.splitKeys(input.keys);
  const [only] = groups;
  if (groups.length === 1 && only !== undefined) {
    return executor.guard(name, () => {
      const argv = input.argsFor(only);
      checkArguments(name, argv, 0);
      // `then`, not an async function: one promise less per command (the common case).
      return sendOn(topology.client, command, argv, buffer).then((reply) =>
        definition.merge([{ positions: only, reply }], input),
      );
    });
  }
  const batch = splitBatch(command, input.keys, groups, input.argsFor, buffer);
  return runBatch(executor, name, batch, groups.length, true).then((settled) =>
    definition.merge(splitReplies(name, input.keys, groups, settled, topology), input),
  );
}
