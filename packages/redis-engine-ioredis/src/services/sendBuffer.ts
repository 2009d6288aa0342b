import type { Cluster, Redis } from 'ioredis';
import type { RedisArgument } from '@org/redis-core';
import { sendCommandObject } from './sendCommandObject.js';

type BufferMethod = (this: Redis | Cluster, args: RedisArgument[]) => Promise<unknown>;

/**
 * Send `command` with its bulk replies (status replies too) as Buffers, for any command: through its
 * ioredis `<command>Buffer` method when there is one (auto-pipelined like the text form), else as a
 * command object with no reply encoding. Not `callBuffer`: ioredis 6's auto-pipelining drops its
 * command name (it only puts it back for `call`), so the command would never be answered.
 */
export function sendBuffer(
  client: Redis | Cluster,
  command: string,
  args: readonly RedisArgument[],
): Promise<unknown> {
  const method = (client as unknown as Record<string, BufferMethod | undefined>)[`${command}Buffer`];
  // The list as one argument (ioredis flattens it): cheaper than spreading it.
  if (typeof method === 'function') return method.call(client, args as RedisArgument[]);
  return sendCommandObject(client, command, args, null);
}
