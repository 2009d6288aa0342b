import { RedisError } from '@org/redis-interface';
import { clusterRefusal } from '../calculations/clusterRefusal.js';
import { mapRedisError } from '../calculations/mapRedisError.js';
import { settleUnanswered } from '../calculations/settleUnanswered.js';
import type { QueuedCommand } from '../models/DriverTopology.js';
import type { CommandExecutor } from './CommandExecutor.js';

/** Positions whose command a cluster node refused without running it (MOVED, ASK, TRYAGAIN). */
function refusedPositions(settled: readonly (PromiseSettledResult<unknown> | undefined)[]): number[] {
  const refused: number[] = [];
  settled.forEach((outcome, position) => {
    if (outcome?.status === 'rejected' && clusterRefusal(outcome.reason) !== undefined)
      refused.push(position);
  });
  return refused;
}

/**
 * Run `commands` as one batch under one guard (one deadline, one instrumentation event) and
 * settle every one: the outcome of each command whose node answered in time, `COMMAND_TIMEOUT`
 * for those whose node did not, the batch's error for the rest when it failed as a whole. So one
 * unreachable node does not cost the replies of the healthy ones.
 *
 * Refused commands are sent again through the guard's one retry, as a single command is: the first
 * refusal is thrown to the guard, which asks the topology to recover (slot-table refresh) and runs
 * the work again, which then sends only the refused positions. Nothing that may have run is sent
 * twice, so a split `del` counts each key once.
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
  let resend: readonly number[] | undefined;
  const send = async (): Promise<void> => {
    const only = resend;
    await executor.topology.execBatch(commands, settled, only);
    if (only === undefined) {
      resend = refusedPositions(settled);
      const first = settled[resend[0] ?? -1];
      if (first?.status === 'rejected') throw first.reason;
    }
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
