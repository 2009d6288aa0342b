import { RedisError } from '@org/redis-interface';

/**
 * Settle within `timeoutMs`: ioredis' own `commandTimeout` does not cover commands waiting in a
 * cluster's offline queue, so every command also races this timer.
 * @throws RedisError `COMMAND_TIMEOUT` with the command and the timeout in `details`.
 */
export async function withTimeout<T>(command: string, timeoutMs: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(
        new RedisError(
          'COMMAND_TIMEOUT',
          `${command.toUpperCase()} got no reply within ${timeoutMs} ms: the server or cluster is slow or unreachable; retry idempotent commands or raise commandTimeoutMs.`,
          { details: { command, timeoutMs } },
        ),
      );
    }, timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
