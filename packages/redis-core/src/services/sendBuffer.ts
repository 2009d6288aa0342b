import type { Cluster, Redis } from 'ioredis';
import type { RedisArgument } from '../models/DriverTopology.js';

/**
 * Send `command` with its bulk replies (status replies too) as Buffers: one path for every command
 * (ioredis' `callBuffer`), so the bytes view needs nothing per command.
 */
export function sendBuffer(
  client: Redis | Cluster,
  command: string,
  args: readonly RedisArgument[],
): Promise<unknown> {
  // The list as one argument (ioredis flattens it): cheaper than spreading it.
  return client.callBuffer(command, args as RedisArgument[]);
}
