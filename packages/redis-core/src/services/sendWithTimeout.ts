import { Command, type Redis } from 'ioredis';
import type { RedisArgument } from '../models/DriverTopology.js';

/**
 * Send one command on `node` with `timeoutMs` as the client's own timeout instead of
 * `commandTimeoutMs`: WAIT may block longer than it. ioredis keeps the first timer a command is
 * given, so this one wins over the client's.
 */
export function sendWithTimeout(
  node: Redis,
  command: string,
  args: readonly RedisArgument[],
  timeoutMs: number,
): Promise<unknown> {
  const sent = new Command(command, [...args], { replyEncoding: 'utf8' });
  sent.setTimeout(timeoutMs);
  return node.sendCommand(sent) as Promise<unknown>;
}
