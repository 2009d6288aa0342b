import type { EngineCommand } from '@org/redis-core';
import type { Redis } from 'ioredis';

/**
 * MULTI, `commands`, EXEC through ioredis' `multi()` on `connection`: settled replies, or `null`
 * when a key watched on that connection changed (EXEC aborted).
 * @throws Error EXECABORT when a queued command was refused (nothing ran), or the connection's failure.
 */
export async function execTransaction(
  connection: Redis,
  commands: readonly EngineCommand[],
): Promise<PromiseSettledResult<unknown>[] | null> {
  const multi = connection.multi();
  for (const command of commands) {
    if (command.buffer === true) multi.callBuffer(command.command, ...command.args);
    else multi.call(command.command, ...command.args);
  }
  const replies = await multi.exec();
  return (
    replies?.map(([error, reply]): PromiseSettledResult<unknown> =>
      error === null ? { status: 'fulfilled', value: reply } : { status: 'rejected', reason: error },
    ) ?? null
  );
}
