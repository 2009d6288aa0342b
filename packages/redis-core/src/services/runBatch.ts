import { RedisError } from '@org/redis-interface';
import { mapRedisError } from '../calculations/mapRedisError.js';
import { settleUnanswered } from '../calculations/settleUnanswered.js';
import type { QueuedCommand } from '../models/DriverTopology.js';
import type { CommandExecutor } from './CommandExecutor.js';

/**
 * Run `commands` as one batch under one guard (one deadline, one instrumentation event) and
 * settle every one: the outcome of each command whose node answered in time, `COMMAND_TIMEOUT`
 * for those whose node did not, the batch's error for the rest when it failed as a whole. So one
 * unreachable node does not cost the replies of the healthy ones.
 * @param failOnRejected - report the batch as failed when a command failed (split commands).
 * @throws RedisError `NOT_CONNECTED` only.
 */
export function runBatch(
  executor: CommandExecutor,
  command: string,
  commands: readonly QueuedCommand[],
  splitInto?: number,
  failOnRejected = false,
): Promise<PromiseSettledResult<unknown>[]> {
  const settled = new Array<PromiseSettledResult<unknown> | undefined>(commands.length);
  const send = async (): Promise<void> => {
    await executor.topology.execBatch(commands, settled);
    const failure = failOnRejected ? settled.find((outcome) => outcome?.status === 'rejected') : undefined;
    // Mapped, so that a refusal's text (MOVED…) does not make the guard send everything again.
    if (failure?.status === 'rejected') throw mapRedisError(failure.reason, command);
  };
  return executor.guard(command, send, 0, splitInto).then(
    () => settled as PromiseSettledResult<unknown>[],
    (error: unknown) => {
      if (RedisError.is(error, 'NOT_CONNECTED')) throw error;
      return settleUnanswered(commands, settled, error);
    },
  );
}
