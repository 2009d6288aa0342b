import { RedisError } from '@org/redis-interface';
import { mapRedisError } from '../calculations/mapRedisError.js';
import { settleUnanswered } from '../calculations/settleUnanswered.js';
import type { QueuedCommand } from '../models/DriverTopology.js';
import type { CommandExecutor } from './CommandExecutor.js';
import { resendRouted } from './resendRouted.js';

/**
 * Run `commands` as one batch under one guard (one deadline, one instrumentation event) and
 * settle every one: the outcome of each command whose node answered in time, `COMMAND_TIMEOUT`
 * for those whose node did not, the batch's error for the rest when it failed as a whole. So one
 * unreachable node does not cost the replies of the healthy ones. The commands a node refused
 * without running (a stale slot table) are sent once more, alone, through the guard's one retry
 * (`recoverFrom`); the others are never sent twice.
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
  const { topology } = executor;
  const settled = new Array<PromiseSettledResult<unknown> | undefined>(commands.length);
  // Refused positions of the first send, re-sent by the second (the guard's one retry).
  let refused: readonly number[] | undefined;
  const send = async (): Promise<void> => {
    if (refused === undefined) {
      refused = await topology.execBatch(commands, settled);
      const first = refused[0];
      const refusal = first === undefined ? undefined : settled[first];
      // Raw, so that the guard asks topology.recoverFrom and, recovered, calls send again.
      if (refusal?.status === 'rejected') throw refusal.reason;
    } else await resendRouted(topology.client, commands, refused, settled);
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
