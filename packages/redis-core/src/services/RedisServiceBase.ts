import { inspect, type InspectOptionsStylized } from 'node:util';
import {
  redactRedisConfig,
  type IRedisService,
  type RedisCommonConfig,
  type RedisHealth,
  type RedisMode,
} from '@org/redis-interface';
import type { Cluster, Redis } from 'ioredis';
import { connectFailure } from '../calculations/connectFailure.js';
import type { DriverTopology } from '../models/DriverTopology.js';
import { BatchCommands } from './commands/BatchCommands.js';

/**
 * Every {@link IRedisService} member, written once over a {@link DriverTopology}. The drivers
 * extend it with their topology; the class chain (Key → String → … → Batch) keeps each command
 * group in a file of its own.
 */
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
    if (this.state === 'connected') return;
    try {
      await this.topology.connect();
    } catch (error) {
      this.topology.disconnect();
      throw connectFailure(error, this.topology.config.tls !== false);
    }
    this.state = 'connected';
    this.disconnected = false;
  }

  public async quit(): Promise<void> {
    if (this.state !== 'connected') return;
    this.state = 'closed';
    // Graceful: replies to commands already sent (or queued for the next auto-pipeline) first.
    await this.drain();
    await this.topology.quit();
  }

  public disconnect(): Promise<void> {
    this.state = 'closed';
    this.disconnected = true;
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
    return { mode: this.mode, state: this.state, config: redactRedisConfig(this.topology.config) };
  }

  /** What `util.inspect(service)` and `console.log(service)` show: {@link RedisServiceBase.toJSON}, named. */
  public [inspect.custom](_depth: number, options: InspectOptionsStylized, show: typeof inspect): string {
    return `${this.constructor.name} ${show(this.toJSON(), options)}`;
  }
}
