import type { EngineCommand, NodeConnection, RedisArgument } from '@org/redis-core';
import type { Redis } from 'ioredis';
import { nodeAddress } from '../calculations/nodeAddress.js';
import { connectWithCause } from './connectWithCause.js';
import { execPipeline } from './execPipeline.js';
import { execTransaction } from './execTransaction.js';
import { sendBuffer } from './sendBuffer.js';
import { sendWithTimeout } from './sendWithTimeout.js';

/** {@link NodeConnection} over one ioredis `Redis` connection. Made by {@link nodeConnection}. */
class IoredisNodeConnection implements NodeConnection {
  public readonly address: string;

  public constructor(private readonly connection: Redis) {
    this.address = nodeAddress(connection);
    // Errors reach callers through their commands; an `error` event nobody listens to would crash the process.
    connection.on('error', () => undefined);
  }

  public get ready(): boolean {
    return this.connection.status === 'ready';
  }

  public call(command: string, args: readonly RedisArgument[]): Promise<unknown> {
    return this.connection.call(command, args as RedisArgument[]);
  }

  public callBuffer(command: string, args: readonly RedisArgument[]): Promise<unknown> {
    return sendBuffer(this.connection, command, args);
  }

  public sendRaw(
    command: string,
    args: readonly RedisArgument[],
    timeoutMs?: number,
    bytes?: boolean,
  ): Promise<unknown> {
    return sendWithTimeout(this.connection, command, args, timeoutMs, bytes);
  }

  public pipeline(commands: readonly EngineCommand[]): Promise<PromiseSettledResult<unknown>[]> {
    return execPipeline(this.connection, commands);
  }

  public transaction(commands: readonly EngineCommand[]): Promise<PromiseSettledResult<unknown>[] | null> {
    return execTransaction(this.connection, commands);
  }

  public connect(): Promise<void> {
    return connectWithCause(this.connection);
  }

  public onEnd(listener: () => void): void {
    this.connection.once('end', listener);
  }

  public disconnect(): void {
    this.connection.disconnect();
  }
}

const adapters = new WeakMap<Redis, NodeConnection>();

/**
 * The {@link NodeConnection} of an ioredis `Redis` connection: always the same object for the
 * same connection (core keys maps and sets by it). Its `error` events are silenced: errors reach
 * callers through their commands.
 */
export function nodeConnection(connection: Redis): NodeConnection {
  let adapter = adapters.get(connection);
  if (adapter === undefined) {
    adapter = new IoredisNodeConnection(connection);
    adapters.set(connection, adapter);
  }
  return adapter;
}
