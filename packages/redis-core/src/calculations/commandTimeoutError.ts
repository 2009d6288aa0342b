import { RedisError } from '@org/redis-interface';

/** The error of a command that got no reply within its deadline, with the command and the timeout in `details`. */
export function commandTimeoutError(command: string, timeoutMs: number): RedisError {
  return new RedisError(
    'COMMAND_TIMEOUT',
    `${command.toUpperCase()} got no reply within ${timeoutMs} ms: the server or cluster is slow or unreachable; retry idempotent commands or raise commandTimeoutMs.`,
    { details: { command, timeoutMs } },
  );
}
