import type { EngineCommand, RedisArgument } from '@org/redis-core';
import type { Redis } from 'ioredis';

/**
 * Send `commands` as one ioredis pipeline on one connection (one write, one round trip) and
 * settle each in order. A pipeline that fails as a whole (connection lost) rejects every command
 * with that error: none of them is known to have run or not, so none is sent again.
 */
export async function execPipeline(
  connection: Redis,
  commands: readonly EngineCommand[],
): Promise<PromiseSettledResult<unknown>[]> {
  const pipeline = connection.pipeline();
  for (const command of commands) {
    if (command.buffer === true) pipeline.callBuffer(command.command, ...command.args);
    else pipeline.call(command.command, command.args as RedisArgument[]);
  }
  try {
    const replies = (await pipeline.exec()) ?? [];
    return commands.map((command, index): PromiseSettledResult<unknown> => {
      const reply = replies[index];
      if (reply === undefined)
        return { status: 'rejected', reason: new Error(`${command.command} got no reply in its pipeline`) };
      const [error, value] = reply;
      return error === null ? { status: 'fulfilled', value } : { status: 'rejected', reason: error };
    });
  } catch (error) {
    return commands.map(() => ({ status: 'rejected', reason: error }));
  }
}
