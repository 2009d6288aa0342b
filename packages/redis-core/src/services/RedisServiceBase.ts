import { inspect, type InspectOptions } from 'node:util';
import {
  redactRedisConfig,
  type IRedisBatchCommands,
  type IRedisCallCommands,
  type IRedisDurabilityCommands,
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
} from '@org/redis-interface';
import { connectFailure } from '../calculations/connectFailure.js';
import type { DriverTopology } from '../models/DriverTopology.js';
import { serviceDefinitions } from '../definitions/serviceDefinitions.js';
import { serviceOperations } from '../definitions/serviceOperations.js';
import { CommandExecutor } from './CommandExecutor.js';
import { executorOf, installDefinitions, type ExecutorHost } from './installDefinitions.js';
import { RedisBytesView } from './RedisBytesView.js';
import { installOperations } from './installOperations.js';
import { createServiceParts } from './ServiceParts.js';

// The members written as definitions or operations are installed on the prototype below: this tells the compiler.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- declaration merging needs the class's type parameters
export interface RedisServiceBase<TNative = unknown>
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
    IRedisPubSubCommands,
    IRedisPubSubIntrospectionCommands,
    IRedisKeyspaceCommands,
    IRedisScriptCommands,
    IRedisFunctionCommands,
    IRedisServerCommands,
    IRedisBatchCommands,
    IRedisDurabilityCommands,
    IRedisCallCommands {}

/**
 * Every {@link IRedisService} member, written once over a {@link DriverTopology}; the drivers
 * extend it with their topology (the one level of inheritance: they export their classes).
 * Assembled, not inherited: one `CommandExecutor` (with the service's other state, its
 * `ServiceParts`) runs every member; the commands are methods installed from the definitions
 * (`serviceDefinitions`) and the hand-written members from the operations (`serviceOperations`),
 * both functions of that executor. Only the connection's lifecycle is written here.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the interface above
export abstract class RedisServiceBase<TNative = unknown> implements IRedisService<TNative>, ExecutorHost {
  /**
   * Runs every command of this service.
   * @internal A symbol-keyed seam for the installed members, not part of the API.
   */
  public readonly [executorOf]: CommandExecutor;
  /** {@link RedisServiceBase.bytes}, made on first use. */
  private bytesView: IRedisBytesView | undefined;

  /**
   * Builds the service's executor over the driver's topology; connects nothing (see `connect()`).
   * Called by the driver classes only.
   *
   * @param topology - the driver's mode-specific behaviour; `TNative` is what its `nativeClient()` returns.
   */
  protected constructor(protected readonly topology: DriverTopology<TNative>) {
    this[executorOf] = new CommandExecutor(topology, createServiceParts(topology));
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

  public ping(): Promise<'PONG'> {
    return this[executorOf].guard('ping', () => this.topology.client.call('ping', []) as Promise<'PONG'>);
  }

  /** See {@link IRedisService.bytes}: the same members, bulk replies as Buffers. */
  public get bytes(): IRedisBytesView {
    return (this.bytesView ??= new RedisBytesView(this[executorOf]));
  }

  public health(): Promise<RedisHealth> {
    return this.topology.health();
  }

  public nativeClient(): TNative {
    return this.topology.nativeClient();
  }

  /**
   * What `JSON.stringify(service)` shows: the mode, the connection state and the configuration
   * with the password and TLS key masked. Never the clients (their options hold the password).
   */
  public toJSON(): {
    /** `standalone` or `cluster`. */
    readonly mode: RedisMode;
    /** `new` (never connected), `connected` or `closed` (after `quit()` or `disconnect()`). */
    readonly state: string;
    /**
     * The configuration, password and TLS key masked
     * ({@link @org/redis-interface!redactRedisConfig | redactRedisConfig}).
     */
    readonly config: RedisCommonConfig;
  } {
    return {
      mode: this.mode,
      state: this[executorOf].connectionState,
      config: redactRedisConfig(this.topology.config),
    };
  }

  /** What `util.inspect(service)` and `console.log(service)` show: {@link RedisServiceBase.toJSON}, named. */
  public [inspect.custom](_depth: number, options: InspectOptions, show: typeof inspect): string {
    return `${this.constructor.name} ${show(this.toJSON(), options)}`;
  }
}

installDefinitions(RedisServiceBase.prototype, serviceDefinitions);
installOperations(RedisServiceBase.prototype, serviceOperations);
