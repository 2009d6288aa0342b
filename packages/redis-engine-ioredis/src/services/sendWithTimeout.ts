import type { RedisArgument } from '@org/redis-core';
import { Command, type Cluster, type Redis } from 'ioredis';

/**
 * Send one command on `client` as given: a `Command` built without the `keyPrefix` option, so no
 * prefix is applied (the caller applied it), UTF-8 replies (Buffers with `bytes`). With `timeoutMs`, that is the command's
 * timeout instead of `commandTimeoutMs` (WAIT may block longer than it): ioredis keeps the first
 * timer a command is given, so this one wins over the client's.
 */
export function sendWithTimeout(
  client: Redis | Cluster,
  command: string,
  args: readonly RedisArgument[],
  timeoutMs?: number,
  bytes = false,
): Promise<unknown> {
  const sent = new Command(command, [...args], { replyEncoding: bytes ? null : 'utf8' });
  if (timeoutMs !== undefined) sent.setTimeout(timeoutMs);
  void client.sendCommand(sent);
  return sent.promise as Promise<unknown>;
}
