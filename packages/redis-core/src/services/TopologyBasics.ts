import { inspect, type InspectOptions } from 'node:util';
import type { RedisCommonConfig, RedisMode } from '@org/redis-interface';
import { Instrumentation } from './instrumentation.js';
import {
  TopologyConnections,
  inspectTopology,
  topologyView,
  type Closable,
  type DedicatedPool,
  type OpenedOnUse,
  type TopologyView,
} from './TopologyConnections.js';

/** What a driver's topology hands to its {@link TopologyBasics}: who it is and the connections it opened. */
export interface TopologyBasicsParts<M extends RedisMode, C extends RedisCommonConfig> {
  /** `standalone` or `cluster`: stamped on every event, shown by the view. */
  readonly mode: M;
  /** The validated configuration: its `connectionName` names the client in events; shown with secrets masked. */
  readonly config: C;
  /** The class name `util.inspect` shows in front of the view (`StandaloneTopology`). */
  readonly name: string;
  /** The shared client (ioredis `Redis` or `Cluster`). */
  readonly client: Closable;
  /** The dedicated connections (a pool per node). */
  readonly dedicated: DedicatedPool;
  /** The subscriber connections, opened on first use. */
  readonly subscribers: readonly OpenedOnUse[];
}

/**
 * What every driver topology has in common, composed once: the instrumentation of its client,
 * the lifecycle of its connections (shared client, dedicated pool, subscriber connections) and its
 * secret-free view for `JSON.stringify` and `util.inspect`. A topology holds one and delegates to
 * it; it is not a base class, so nothing here reaches into the driver's own members.
 *
 * @remarks
 * Cluster and standalone behave alike here; only what they hand over differs (an ioredis
 * `Cluster` with two subscriber connections, classic and sharded, or one `Redis` with one).
 * @typeParam M - the topology's mode.
 * @typeParam C - its configuration type.
 */
export class TopologyBasics<M extends RedisMode, C extends RedisCommonConfig> {
  /**
   * Publishes this client's events (diagnostics_channel), stamped with the mode and the client's
   * name (`connectionName`, or the mode when none is configured).
   */
  public readonly instrumentation: Instrumentation;
  private readonly connections: TopologyConnections;
  private readonly mode: M;
  private readonly config: C;
  private readonly name: string;

  /**
   * Stamps the instrumentation with the client's name and mode; connects nothing.
   *
   * @param parts - the topology's mode, configuration, name and connections.
   */
  public constructor(parts: TopologyBasicsParts<M, C>) {
    this.mode = parts.mode;
    this.config = parts.config;
    this.name = parts.name;
    this.instrumentation = new Instrumentation({
      client: parts.config.connectionName ?? parts.mode,
      mode: parts.mode,
    });
    this.connections = new TopologyConnections(parts.client, parts.dedicated, parts.subscribers);
  }

  /**
   * Graceful close: the dedicated connections now, then QUIT on the shared client and on the
   * subscriber connections opened so far, together, each after its pending replies. Resolves once every QUIT has
   * settled, whether it succeeded or not.
   */
  public quit(): Promise<void> {
    return this.connections.quit();
  }

  /** Close every connection now (the dedicated ones, the subscribers, the shared client): pending commands fail. */
  public disconnect(): void {
    this.connections.disconnect();
  }

  /** What `JSON.stringify` shows: the mode and the configuration with secrets masked, never the clients. */
  public toJSON(): TopologyView<M, C> {
    return topologyView(this.mode, this.config);
  }

  /**
   * What `util.inspect` shows: the topology's name and {@link TopologyBasics.toJSON} (the
   * clients' options and the configuration held here carry the password).
   */
  public [inspect.custom](_depth: number, options: InspectOptions, show: typeof inspect): string {
    return inspectTopology(this.name, this.toJSON(), options, show);
  }
}
