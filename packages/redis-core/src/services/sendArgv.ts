import { Command } from 'ioredis';
import type { DriverTopology, RedisArgument, RedisKey } from '../models/DriverTopology.js';
import { sendBuffer } from './sendBuffer.js';

/**
 * Send `command argv…` on the shared client: text replies, or Buffers with `buffer`.
 *
 * A cluster client with auto-pipelining groups commands by the slot of their first key read as
 * UTF-8 text, so a Buffer key that is not valid UTF-8 lands in another slot's pipeline, which
 * ioredis then refuses ("All keys in the pipeline should belong to the same slots allocation
 * group"). Such a command is sent as a command object instead: ioredis routes it by the slot of
 * its bytes and applies the key prefix, without auto-pipelining.
 * @param firstKey - the command's first key (`undefined`: none).
 */
export function sendArgv(
  topology: Pick<DriverTopology, 'client' | 'mode' | 'config'>,
  command: string,
  argv: readonly RedisArgument[],
  firstKey: RedisKey | undefined,
  buffer: boolean,
): Promise<unknown> {
  const { client } = topology;
  if (Buffer.isBuffer(firstKey) && topology.mode === 'cluster' && topology.config.enableAutoPipelining) {
    const { keyPrefix } = client.options;
    const sent = new Command(command, [...argv], {
      replyEncoding: buffer ? null : 'utf8',
      ...(keyPrefix === undefined ? {} : { keyPrefix }),
    });
    void client.sendCommand(sent);
    return sent.promise as Promise<unknown>;
  }
  // The list as one argument (ioredis flattens it): cheaper than spreading it.
  return buffer ? sendBuffer(client, command, argv) : client.call(command, argv as RedisArgument[]);
}
