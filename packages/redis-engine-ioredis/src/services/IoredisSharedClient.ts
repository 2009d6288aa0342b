import type { RedisArgument, SharedClient } from '@org/redis-core';
import type { Cluster, Redis } from 'ioredis';
import { sendBuffer } from './sendBuffer.js';
import { sendCommandObject } from './sendCommandObject.js';
import { sendWithTimeout } from './sendWithTimeout.js';

/** Whether any argument is a Buffer (a plain loop: this runs for every command of an auto-pipelined cluster). */
function hasBuffer(args: readonly RedisArgument[]): boolean {
  for (const arg of args) if (Buffer.isBuffer(arg)) return true;
  return false;
}

/**
 * {@link SharedClient} over an ioredis `Redis` (standalone) or `Cluster`: ioredis applies the key
 * prefix and, in a cluster, routes by the first key's slot.
 *
 * A cluster client with auto-pipelining groups commands by the slot of their first key read as
 * UTF-8 text, so a Buffer key that is not valid UTF-8 lands in another slot's pipeline, which
 * ioredis then refuses ("All keys in the pipeline should belong to the same slots allocation
 * group"). There, a command with a Buffer argument is sent as a command object instead: routed by
 * the slot of its bytes, not auto-pipelined (so Buffer values in a cluster are not batched either).
 */
export class IoredisSharedClient implements SharedClient {
  /** Whether a command with a Buffer argument must skip auto-pipelining (see above). */
  private readonly buffersDirect: boolean;

  /**
   * Sends through `client`; reads its auto-pipelining option once, here.
   *
   * @param client - the driver's shared ioredis client (its lifecycle stays with the driver).
   */
  public constructor(private readonly client: Redis | Cluster) {
    this.buffersDirect = client.isCluster && client.options.enableAutoPipelining === true;
  }

  public call(command: string, args: readonly RedisArgument[]): Promise<unknown> {
    if (this.buffersDirect && hasBuffer(args)) return sendCommandObject(this.client, command, args, 'utf8');
    // The list as one argument (ioredis flattens it): cheaper than spreading it.
    return this.client.call(command, args as RedisArgument[]);
  }

  public callBuffer(command: string, args: readonly RedisArgument[]): Promise<unknown> {
    if (this.buffersDirect && hasBuffer(args)) return sendCommandObject(this.client, command, args, null);
    return sendBuffer(this.client, command, args);
  }

  public sendRaw(
    command: string,
    args: readonly RedisArgument[],
    timeoutMs?: number,
    bytes?: boolean,
  ): Promise<unknown> {
    return sendWithTimeout(this.client, command, args, timeoutMs, bytes);
  }
}
