import { Command, type Cluster, type Redis } from 'ioredis';
import type { RedisArgument } from '@org/redis-core';

/**
 * Send `command` as an ioredis command object: the key prefix applied by ioredis, routed by the
 * slot of the key's bytes in a cluster, never auto-pipelined.
 * @param replyEncoding - `'utf8'` for text replies, `null` for Buffers.
 */
export function sendCommandObject(
  client: Redis | Cluster,
  command: string,
  args: readonly RedisArgument[],
  replyEncoding: 'utf8' | null,
): Promise<unknown> {
  const { keyPrefix } = client.options;
  const sent = new Command(command, [...args], {
    replyEncoding,
    ...(keyPrefix === undefined ? {} : { keyPrefix }),
  });
  void client.sendCommand(sent);
  return sent.promise as Promise<unknown>;
}
