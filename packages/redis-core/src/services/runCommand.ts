import { RedisError } from '@org/redis-interface';
import type { CommandDefinition } from '../models/CommandDefinition.js';
import type { CommandExecutor } from './CommandExecutor.js';
import { sendCommand } from './sendCommand.js';

/**
 * Run a one-slot definition on the shared client under the guard. Each step is its own small
 * function so that the usual command (no variant, no expected error) allocates one closure and
 * its context, as a hand-written method would: a closure in a larger function would carry that
 * function's captured variables too, for every command.
 */
export function runCommand<A extends readonly unknown[], R>(
  executor: CommandExecutor,
  definition: CommandDefinition<A, R>,
  args: A,
): Promise<R> {
  const sent =
    definition.variant === undefined
      ? guarded(executor, definition, args)
      : runVariant(executor, definition.name ?? definition.command, definition.variant, args);
  const { expected } = definition;
  return expected === undefined ? sent : outcomeOf(sent, expected);
}

/**
 * Send `definition` under the guard, nothing decided before (no variant, no expected error): the
 * path of most commands, also taken directly by the installed members of plain commands.
 */
export function guarded<A extends readonly unknown[], R>(
  executor: CommandExecutor,
  definition: CommandDefinition<A, R>,
  args: A,
): Promise<R> {
  return executor.guard(definition.name ?? definition.command, () =>
    sendCommand(executor.topology, definition, args),
  );
}

/** The definition picked for the driver (PUBLISH or SPUBLISH): picking may reject, counted, under `name`. */
function runVariant<A extends readonly unknown[], R>(
  executor: CommandExecutor,
  name: string,
  variant: NonNullable<CommandDefinition<A, R>['variant']>,
  args: A,
): Promise<R> {
  return executor.checked(
    name,
    () => variant(args, executor.topology),
    (picked) => guarded(executor, picked, args),
  );
}

/** A server error that is the member's outcome: counted as a failed command, resolved as its result. */
function outcomeOf<R>(
  sent: Promise<R>,
  expected: NonNullable<CommandDefinition<never, R>['expected']>,
): Promise<R> {
  return sent.catch((error: unknown) => {
    if (RedisError.is(error, expected.code)) return expected.result;
    throw error;
  });
}
