import { inspect, type InspectOptionsStylized } from 'node:util';
import {
  redactRedisConfig,
  type IRedisBytesView,
  type IRedisHashCommands,
  type IRedisFunctionCommands,
  type IRedisJsonCommands,
  type IRedisSubstringCommands,
  type IRedisKeyObjectCommands,
  type IRedisKeyQueryCommands,
  type IRedisBitmapCommands,
  type IRedisHyperLogLogCommands,
  type IRedisGeoCommands,
  type IRedisKeyCommands,
  type IRedisListCommands,
  type IRedisKeyspaceCommands,
  type IRedisPubSubCommands,
  type IRedisPubSubIntrospectionCommands,
  type IRedisScriptCommands,
  type IRedisServerCommands,
  type IRedisService,
  type IRedisSetCommands,
  type IRedisSortedSetCommands,
  type IRedisStreamCommands,
  type IRedisStringCommands,
  type RedisCommonConfig,
  type RedisHealth,
  type RedisMode,
  type RedisValue,
} from '@org/redis-interface';
import type { Cluster, Redis } from 'ioredis';
import { connectFailure } from '../calculations/connectFailure.js';
import type { DriverTopology } from '../models/DriverTopology.js';
import { serviceDefinitions } from '../definitions/serviceDefinitions.js';
import { serviceOperations } from '../definitions/serviceOperations.js';
import { BatchCommands } from './commands/BatchCommands.js';
import { callCommand } from './callCommand.js';
import { RedisBytesView } from './RedisBytesView.js';
import { CommandTable } from './CommandTable.js';
import { executorOf, installDefinitions } from './installDefinitions.js';
import { installOperations } from './installOperations.js';

// The members written as definitions or operations are installed on the prototype below: this tells the compiler.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- declaration merging needs the class's type parameters
export interface RedisServiceBase<TNative extends Redis | Cluster>
  extends
    IRedisStringCommands,
    IRedisKeyCommands,
    IRedisJsonCommands,
    IRedisHashCommands,
    IRedisSetCommands,
    IRedisListCommands,
    IRedisSortedSetCommands,
    IRedisStreamCommands,
    IRedisSubstringCommands,
    IRedisKeyObjectCommands,
    IRedisKeyQueryCommands,
    IRedisBitmapCommands,
    IRedisHyperLogLogCommands,
    IRedisGeoCommands,
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
    return this.send('ping', []);
  }

  /** What `call()` knows about commands (the server's COMMAND table, fetched on first use). */
  private readonly commandTable = new CommandTable(
    () => this.topology.client.call('command'),
    serviceDefinitions,
  );

  public readonly bytes: IRedisBytesView = new RedisBytesView(this[executorOf], this.commandTable);

  public call<T = unknown>(command: string, ...args: readonly RedisValue[]): Promise<T> {
    return callCommand(this[executorOf], this.commandTable, command, args) as Promise<T>;
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
installOperations(RedisServiceBase.prototype, serviceOperations);
