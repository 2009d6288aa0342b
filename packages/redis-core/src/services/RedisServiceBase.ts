import { inspect, type InspectOptionsStylized } from 'node:util';
import {
  redactRedisConfig,
  type IRedisFunctionCommands,
  type IRedisJsonCommands,
  type IRedisKeyCommands,
  type IRedisKeyspaceCommands,
  type IRedisPubSubCommands,
  type IRedisPubSubIntrospectionCommands,
  type IRedisScriptCommands,
  type IRedisServerCommands,
  type IRedisService,
  type IRedisStringCommands,
  type RedisCommonConfig,
  type RedisHealth,
  type RedisMode,
} from '@org/redis-interface';
import type { Cluster, Redis } from 'ioredis';
import { connectFailure } from '../calculations/connectFailure.js';
import type { DriverTopology } from '../models/DriverTopology.js';
import { serviceDefinitions } from '../definitions/serviceDefinitions.js';
import { BatchCommands } from './commands/BatchCommands.js';
import { executorOf, installDefinitions } from './installDefinitions.js';

// The members written as definitions are installed on the prototype below: this tells the compiler.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- declaration merging needs the class's type parameters
export interface RedisServiceBase<TNative extends Redis | Cluster>
  extends
    IRedisStringCommands,
    IRedisKeyCommands,
    IRedisJsonCommands,
    Pick<IRedisPubSubCommands, 'publish'>,
    IRedisPubSubIntrospectionCommands,
    Omit<IRedisKeyspaceCommands, 'scan'>,
    Omit<IRedisScriptCommands, 'defineScript' | 'runScript'>,
    IRedisFunctionCommands,
    IRedisServerCommands {}

/**
 * Every {@link IRedisService} member, written once over a {@link DriverTopology}. The drivers
 * extend it with their topology. The commands written as definitions (`serviceDefinitions`) are
 * methods installed from that table; the groups not yet converted still come from the class chain.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the interface above
export abstract class RedisServiceBase<TNative extends Redis | Cluster>
  extends BatchCommands
  implements IRedisService<TNative>
{
  /** @param topology - the driver's mode-specific behaviour. */
  protected constructor(topology: DriverTopology) {
    super(topology);
  }

  public get mode(): RedisMode {
    return this.topology.mode;
  }

  public async connect(): Promise<void> {
    if (this[executorOf].connectionState === 'connected') return;
    try {
      await this.topology.connect();
    } catch (error) {
      this.topology.disconnect();
      throw connectFailure(error, this.topology.config.tls !== false);
    }
    this[executorOf].opened();
  }

  public async quit(): Promise<void> {
    const executor = this[executorOf];
    if (executor.connectionState !== 'connected') return;
    executor.closed(false);
    // Graceful: replies to commands already sent (or queued for the next auto-pipeline) first.
    await executor.drain();
    await this.topology.quit();
  }

  public disconnect(): Promise<void> {
    this[executorOf].closed(true);
    this.topology.disconnect();
    return Promise.resolve();
  }

  public async ping(): Promise<'PONG'> {
    return this.call('ping', []);
  }

  public health(): Promise<RedisHealth> {
    return this.topology.health();
  }

  public nativeClient(): TNative {
    return this.topology.client as TNative;
  }

  /**
   * What `JSON.stringify(service)` shows: the mode, the connection state and the configuration
   * with the password and TLS key masked. Never the clients (their options hold the password).
   */
  public toJSON(): { readonly mode: RedisMode; readonly state: string; readonly config: RedisCommonConfig } {
    return {
      mode: this.mode,
      state: this[executorOf].connectionState,
      config: redactRedisConfig(this.topology.config),
    };
  }

  /** What `util.inspect(service)` and `console.log(service)` show: {@link RedisServiceBase.toJSON}, named. */
  public [inspect.custom](_depth: number, options: InspectOptionsStylized, show: typeof inspect): string {
    return `${this.constructor.name} ${show(this.toJSON(), options)}`;
  }
}

installDefinitions(RedisServiceBase.prototype, serviceDefinitions);
