import type { inspect } from 'node:util';
import { type InspectOptions } from 'node:util';
import { redactRedisConfig, type RedisCommonConfig, type RedisMode } from '@org/redis-interface';

/** A connection as the lifecycle closes it (ioredis `Redis` or `Cluster`). */
export interface Closable {
  /** Sends QUIT after the pending replies; resolves once the server closed the connection. */
  quit(): Promise<unknown>;
  /** Closes the connection at once; pending commands fail. */
  disconnect(): void;
  /** Adds an `error` listener (see {@link silenceErrorEvents}). */
  on(event: 'error', listener: () => void): unknown;
}

/** A connection opened on first use (`LazyConnection`): handed over to be closed. */
export interface OpenedOnUse {
  /** Forgets the connection and hands it over; `undefined` when it was never opened. */
  take(): Promise<Closable> | undefined;
}

/** The dedicated connections of a topology (a pool per node). */
export interface DedicatedPool {
  /** Closes every dedicated connection now, idle or in use (a blocked command fails). */
  closeAll(): void;
}

/**
 * Errors reach callers through their commands; an `error` event nobody listens to would crash the
 * process. Every connection a driver opens goes through here.
 */
export function silenceErrorEvents<C extends Closable>(connection: C): C {
  connection.on('error', () => undefined);
  return connection;
}

/**
 * The connections of a topology, closed the same way in both drivers: the shared client, the
 * dedicated pool and the subscriber connections opened so far.
 */
export class TopologyConnections {
  /**
   * Holds the connections; opens and closes nothing until `quit()` or `disconnect()`.
   *
   * @param client - the shared client.
   * @param dedicated - the dedicated connections.
   * @param subscribers - the subscriber connections, opened on first use.
   */
  public constructor(
    private readonly client: Closable,
    private readonly dedicated: DedicatedPool,
    private readonly subscribers: readonly OpenedOnUse[],
  ) {}

  /** Graceful: QUIT on every connection after its pending replies; dedicated ones are closed now. */
  public async quit(): Promise<void> {
    this.dedicated.closeAll();
    const opened = this.subscribers.flatMap((lazy) => lazy.take() ?? []);
    await Promise.allSettled([
      ...opened.map(async (subscriber) => (await subscriber).quit()),
      this.client.quit(),
    ]);
  }

  /** Close every connection now (pending commands fail). */
  public disconnect(): void {
    this.dedicated.closeAll();
    for (const lazy of this.subscribers)
      void lazy.take()?.then(
        (connection) => connection.disconnect(),
        () => undefined,
      );
    this.client.disconnect();
  }
}

/** What a topology shows of itself: its mode and its configuration with secrets masked, never the clients. */
export interface TopologyView<M extends RedisMode, C extends RedisCommonConfig> {
  /** `standalone` or `cluster`. */
  readonly mode: M;
  /**
   * The configuration with the password and TLS key masked
   * ({@link @org/redis-interface!redactRedisConfig | redactRedisConfig}).
   */
  readonly config: C;
}

/** {@link TopologyView} of `mode` and `config`, for `toJSON()`. */
export function topologyView<M extends RedisMode, C extends RedisCommonConfig>(
  mode: M,
  config: C,
): TopologyView<M, C> {
  return { mode, config: redactRedisConfig(config) };
}

/** `util.inspect` of a topology: its name and {@link topologyView} (the clients' options hold the password). */
export function inspectTopology(
  name: string,
  view: TopologyView<RedisMode, RedisCommonConfig>,
  options: InspectOptions,
  show: typeof inspect,
): string {
  return `${name} ${show(view, options)}`;
}
