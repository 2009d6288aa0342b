import type { RedisArgument, SharedClient } from '@org/redis-core';
import type { Cluster, Redis } from 'ioredis';
import { sendBuffer } from './sendBuffer.js';
import { sendWithTimeout } from './sendWithTimeout.js';

/**
 * {@link SharedClient} over an ioredis `Redis` (standalone) or `Cluster`: ioredis applies the key
 * prefix and, in a cluster, routes by the first key's slot.
 */
export class IoredisSharedClient implements SharedClient {
  /** @param client - the driver's shared ioredis client (its lifecycle stays with the driver). */
  public constructor(private readonly client: Redis | Cluster) {}

  public call(command: string, args: readonly RedisArgument[]): Promise<unknown> {
    // The list as one argument (ioredis flattens it): cheaper than spreading it.
    return this.client.call(command, args as RedisArgument[]);
  }

  public callBuffer(command: string, args: readonly RedisArgument[]): Promise<unknown> {
    return sendBuffer(this.client, command, args);
  }

  public sendRaw(command: string, args: readonly RedisArgument[], timeoutMs?: number): Promise<unknown> {
    return sendWithTimeout(this.client, command, args, timeoutMs);
  }
}
