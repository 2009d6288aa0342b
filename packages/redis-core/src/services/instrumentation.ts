import { channel } from 'node:diagnostics_channel';
import {
  redisDiagnosticsChannels,
  type RedisClusterEvent,
  type RedisCommandEvent,
  type RedisConnectionEvent,
  type RedisErrorCode,
  type RedisEventSource,
  type RedisPoolEvent,
  type RedisPubSubEvent,
} from '@org/redis-interface';

const channels = {
  command: channel(redisDiagnosticsChannels.command),
  connection: channel(redisDiagnosticsChannels.connection),
  cluster: channel(redisDiagnosticsChannels.cluster),
  pubsub: channel(redisDiagnosticsChannels.pubsub),
  pool: channel(redisDiagnosticsChannels.pool),
};

/** An event without the fields the instrumentation adds itself (client, mode). */
type Payload<E> = Omit<E, keyof RedisEventSource>;

/**
 * Publishes the layer's events to `node:diagnostics_channel` for one client. Each publish first
 * checks `hasSubscribers`, so instrumentation costs a property read when nobody listens.
 */
export class Instrumentation {
  /**
   * Instrumentation for one client; publishes nothing until asked to.
   *
   * @param source - the client name and mode stamped on every event.
   */
  public constructor(private readonly source: RedisEventSource) {}

  /** Whether anyone listens to command events (skip timing work otherwise). */
  public get observingCommands(): boolean {
    return channels.command.hasSubscribers;
  }

  /** Hot path (one per command): the event is built field by field, without object spreads. */
  public command(
    command: string,
    durationMs: number,
    outcome: 'ok' | 'error',
    errorCode?: RedisErrorCode,
    splitInto?: number,
  ): void {
    if (!channels.command.hasSubscribers) return;
    const event: { -readonly [K in keyof RedisCommandEvent]: RedisCommandEvent[K] } = {
      client: this.source.client,
      mode: this.source.mode,
      command,
      durationMs,
      outcome,
    };
    if (errorCode !== undefined) event.errorCode = errorCode;
    if (splitInto !== undefined && splitInto > 1) event.splitInto = splitInto;
    channels.command.publish(event);
  }

  /**
   * Publishes a connection state change on
   * {@link @org/redis-interface!redisDiagnosticsChannels | redisDiagnosticsChannels}`.connection`.
   */
  public connection(state: RedisConnectionEvent['state']): void {
    if (channels.connection.hasSubscribers) channels.connection.publish({ ...this.source, state });
  }

  /** Publishes a cluster event (redirection, slots refresh, node added or removed, failover) on `.cluster`. */
  public cluster(event: Payload<RedisClusterEvent>): void {
    if (channels.cluster.hasSubscribers) channels.cluster.publish({ ...this.source, ...event });
  }

  /** Publishes a pub/sub message going out (PUBLISH) or coming in (delivered) on `.pubsub`. */
  public pubsub(event: Payload<RedisPubSubEvent>): void {
    if (channels.pubsub.hasSubscribers) channels.pubsub.publish({ ...this.source, ...event });
  }

  /** Publishes a dedicated connection opening or closing on `.pool`. */
  public pool(event: RedisPoolEvent['event']): void {
    if (channels.pool.hasSubscribers) channels.pool.publish({ ...this.source, event });
  }

  /** Publish connection state changes of an ioredis `Redis` or `Cluster`. */
  public observeConnection(emitter: { on(event: string, listener: () => void): unknown }): void {
    emitter.on('ready', () => this.connection('ready'));
    emitter.on('reconnecting', () => this.connection('reconnecting'));
    emitter.on('close', () => this.connection('closed'));
    emitter.on('end', () => this.connection('ended'));
  }
}
