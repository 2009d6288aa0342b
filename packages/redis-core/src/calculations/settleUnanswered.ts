import { RedisError } from '@org/redis-interface';
import type { QueuedCommand } from '../models/DriverTopology.js';
import { commandTimeoutError } from './commandTimeoutError.js';
import { mapRedisError } from './mapRedisError.js';

/**
 * The outcomes of a batch whose guard failed before every command settled (its deadline passed,
 * or the batch failed as a whole). A command that settled keeps its outcome; the others fail with
 * `COMMAND_TIMEOUT` naming the command when the deadline passed, with the batch's error otherwise.
 * A copy, so that replies arriving late (and still written to `settled`) change nothing the caller got.
 */
export function settleUnanswered(
  commands: readonly QueuedCommand[],
  settled: readonly (PromiseSettledResult<unknown> | undefined)[],
  failure: unknown,
): PromiseSettledResult<unknown>[] {
  const timeoutMs = RedisError.is(failure, 'COMMAND_TIMEOUT') ? failure.details?.timeoutMs : undefined;
  return commands.map(
    (command, index): PromiseSettledResult<unknown> =>
      settled[index] ?? {
        status: 'rejected',
        reason:
          timeoutMs === undefined
            ? mapRedisError(failure, command.command)
            : commandTimeoutError(command.command, timeoutMs),
      },
  );
}
