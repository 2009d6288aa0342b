import { inspect, type InspectOptions } from 'node:util';
import {
  redactRedisClientConfig,
  type IRedisService,
  type RedisClientConfig,
  type RedisHealthStatus,
} from '@org/redis-interface';
import type { RedisClientsHealth } from '../models/RedisClientsHealth.js';
import type { RedisFactoryService } from './RedisFactoryService.js';

const RANK: Readonly<Record<RedisHealthStatus, number>> = { up: 0, degraded: 1, down: 2 };

/**
 * The configuration with the client's name, unless one is configured: it labels its metrics and shows
 * in CLIENT LIST (a migrating client's sides then show as `<name>:source` and `<name>:target`).
 */
function named(config: RedisClientConfig, name: string): RedisClientConfig {
  if (config.mode !== 'migrating') return { ...config, connectionName: config.connectionName ?? name };
  return { ...config, source: { ...config.source, connectionName: config.source.connectionName ?? name } };
}

/** How long connecting may take: the slower side's `connectTimeoutMs` for a migrating client (both connect at once). */
function connectTimeoutOf(config: RedisClientConfig): number {
  return config.mode === 'migrating'
    ? Math.max(config.source.connectTimeoutMs, config.target.connectTimeoutMs)
    : config.connectTimeoutMs;
}

/**
 * The named clients of one container module: each built and connected once, on first use
 * (the container's singleton), and all shut down together.
 */
export class RedisClients {
  private readonly connecting = new Map<string, Promise<IRedisService>>();
  /** Clients whose connect succeeded, so a container can hand them out synchronously. */
  private readonly connected = new Map<string, IRedisService>();

  /**
   * The clients of these configurations, none created or connected yet (see `get()`).
   *
   * @param configs - validated configuration of each client, by name.
   * @param factory - builds the driver for a configuration.
   */
  public constructor(
    public readonly configs: ReadonlyMap<string, RedisClientConfig>,
    private readonly factory: RedisFactoryService,
  ) {}

  /** The connected client `name` (connected on the first call; later calls share it). */
  public get(name: string): Promise<IRedisService> {
    let client = this.connecting.get(name);
    if (client === undefined) {
      const config = this.configs.get(name);
      if (config === undefined)
        return Promise.reject(new Error(`No Redis client named "${name}" in this module`));
      client = this.factory.connect(this.factory.create(named(config, name)), connectTimeoutOf(config));
      this.connecting.set(name, client);
      // A failed connect may be retried by the next resolution.
      client.then(
        (service) => {
          if (this.connecting.get(name) === client) this.connected.set(name, service);
        },
        () => {
          this.connecting.delete(name);
        },
      );
    }
    return client;
  }

  /**
   * The client `name` if its connect already succeeded, else `undefined`: lets
   * `container.get(...)` resolve synchronously after `connectAll()`.
   */
  public connectedClient(name: string): IRedisService | undefined {
    return this.connected.get(name);
  }

  /** Connect every client (fails with the first client's error). */
  public async connectAll(): Promise<void> {
    await Promise.all([...this.configs.keys()].map((name) => this.get(name)));
  }

  /** Health of every connected client (clients never resolved are not reported). */
  public async health(): Promise<RedisClientsHealth> {
    const entries = await Promise.all(
      [...this.connecting.entries()].map(
        async ([name, client]) => [name, await (await client).health()] as const,
      ),
    );
    const worst = entries.reduce<RedisHealthStatus>(
      (status, [, health]) => (RANK[health.status] > RANK[status] ? health.status : status),
      'up',
    );
    return { status: worst, clients: Object.fromEntries(entries) };
  }

  /**
   * Graceful shutdown: every client drains the commands in flight and quits; afterwards no
   * socket or timer of ours keeps the process alive.
   */
  public async shutdown(): Promise<void> {
    const clients = [...this.connecting.values()];
    this.connecting.clear();
    this.connected.clear();
    await Promise.all(clients.map(async (client) => (await client.catch(() => undefined))?.quit()));
  }

  /**
   * What `JSON.stringify` shows: each client's configuration with the password and TLS key
   * masked, and which clients are connected. Never the services' clients.
   */
  public toJSON(): {
    /** Each client's configuration by name, password and TLS key masked. */
    readonly configs: Readonly<Record<string, RedisClientConfig>>;
    /** The names of the clients connected so far. */
    readonly connected: readonly string[];
  } {
    const configs = [...this.configs].map(
      ([name, config]) => [name, redactRedisClientConfig(config)] as const,
    );
    return { configs: Object.fromEntries(configs), connected: [...this.connected.keys()] };
  }

  /** What `util.inspect` shows: {@link RedisClients.toJSON}, named. */
  public [inspect.custom](_depth: number, options: InspectOptions, show: typeof inspect): string {
    return `RedisClients ${show(this.toJSON(), options)}`;
  }
}
