import {
  parseRedisClientConfigFromEnv,
  redisConfigIdentifier,
  redisConfigIdentifierFor,
  redisServiceIdentifier,
  redisServiceIdentifierFor,
  validateRedisClientConfig,
  type IRedisService,
  type ParseRedisConfigFromEnvOptions,
  type RedisClientConfig,
  type RedisClientConfigInput,
} from '@org/redis-interface';
import { ContainerModule, type ContainerModuleLoadOptions } from 'inversify';
import { DEFAULT_CLIENT, redisClientsIdentifier, redisFactoryIdentifier } from '../models/identifiers.js';
import type { RedisClientsHealth } from '../models/RedisClientsHealth.js';
import { RedisClients } from './RedisClients.js';
import { RedisFactoryService } from './RedisFactoryService.js';
import { stopOnSignals } from './stopOnSignals.js';

/** Options of {@link RedisContainerModule.fromEnv}. */
export interface RedisEnvModuleOptions extends Omit<ParseRedisConfigFromEnvOptions, 'prefix'> {
  /** Named clients besides the default one, each configured by `<NAME>_*` (e.g. `cache` → `CACHE_URL`). */
  readonly clients?: readonly string[];
}

/**
 * Binds connected {@link IRedisService} singletons into an Inversify 8 container, picking the
 * standalone or cluster driver from configuration, or a migrating service over two of them
 * (`REDIS_MODE=migrating`, `mode: 'migrating'`) during a live move.
 *
 * - `redisServiceIdentifier` / `redisConfigIdentifier`: the default client;
 * - `redisServiceIdentifierFor(name)` / `redisConfigIdentifierFor(name)`: each named client;
 * - `redisFactoryIdentifier`: the {@link RedisFactoryService}; `redisClientsIdentifier`: {@link RedisClients}.
 *
 * A client connects on its first resolution: `await container.getAsync(redisServiceIdentifier)`,
 * or `await module.connect()` once, after which `container.get(...)` works synchronously.
 *
 * @example
 * ```ts
 * const redisModule = RedisContainerModule.fromEnv();
 * const container = new Container();
 * container.load(redisModule);
 * const redis = await container.getAsync<IRedisService>(redisServiceIdentifier);
 * redisModule.stopOnSignals(); // SIGTERM/SIGINT: drain, quit, exit
 * ```
 */
export class RedisContainerModule extends ContainerModule {
  /** The clients this module binds (for health and shutdown). */
  public readonly clients: RedisClients;

  /**
   * A module over already validated configurations (`fromEnv()` and `fromOptions()` validate them
   * first); no client is created or connected yet.
   *
   * @param configs - validated configuration by client name (`default` is the unnamed one).
   */
  public constructor(configs: ReadonlyMap<string, RedisClientConfig>) {
    const clients = new RedisClients(configs, new RedisFactoryService());
    super((options) => {
      bindClients(options, clients);
    });
    this.clients = clients;
  }

  /**
   * Configure from environment variables: `REDIS_*` for the default client, `<NAME>_*` for each named one
   * (`REDIS_MODE=migrating`: the sides from `SOURCE_REDIS_*` and `TARGET_REDIS_*`). A set variable under one
   * of these prefixes that no package reads (a typo such as `REDIS_TIMEOUT_MS`) is a warning naming the
   * closest known variable, given to `options.onWarning` (default `process.emitWarning`, printed on stderr).
   * @throws RedisError `INVALID_CONFIG` listing every problem of the first invalid client.
   */
  public static fromEnv(
    env: Readonly<Record<string, string | undefined>> = process.env,
    options: RedisEnvModuleOptions = {},
  ): RedisContainerModule {
    const configs = new Map<string, RedisClientConfig>([
      [DEFAULT_CLIENT, parseRedisClientConfigFromEnv(env, options)],
    ]);
    for (const name of options.clients ?? []) {
      configs.set(name, parseRedisClientConfigFromEnv(env, { ...options, prefix: `${name.toUpperCase()}_` }));
    }
    return new RedisContainerModule(configs);
  }

  /**
   * Configure from option objects: one config for the default client, or several by name
   * (`{ default: {...}, cache: {...} }`).
   * @throws RedisError `INVALID_CONFIG` listing every problem of the first invalid client.
   */
  public static fromOptions(
    config: RedisClientConfigInput | Readonly<Record<string, RedisClientConfigInput>>,
  ): RedisContainerModule {
    const named = 'mode' in config ? { [DEFAULT_CLIENT]: config as RedisClientConfigInput } : config;
    return new RedisContainerModule(
      new Map(Object.entries(named).map(([name, input]) => [name, validateRedisClientConfig(input)])),
    );
  }

  /** Connect every client now (so that `container.get` works synchronously afterwards). */
  public connect(): Promise<void> {
    return this.clients.connectAll();
  }

  /** Health of every connected client, one schema in both modes. */
  public health(): Promise<RedisClientsHealth> {
    return this.clients.health();
  }

  /** Drain in-flight commands and quit every client; the process can then exit by itself. */
  public shutdown(): Promise<void> {
    return this.clients.shutdown();
  }

  /**
   * On SIGTERM or SIGINT: shut down gracefully, then exit (code 0, or 1 if shutdown failed).
   * @returns a function that removes the handlers.
   */
  public stopOnSignals(signals: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT']): () => void {
    return stopOnSignals(() => this.shutdown(), signals);
  }
}

function bindClients(options: ContainerModuleLoadOptions, clients: RedisClients): void {
  options.bind(redisFactoryIdentifier).toConstantValue(new RedisFactoryService());
  options.bind(redisClientsIdentifier).toConstantValue(clients);
  for (const [name, config] of clients.configs) {
    const [serviceId, configId] =
      name === DEFAULT_CLIENT
        ? [redisServiceIdentifier, redisConfigIdentifier]
        : [redisServiceIdentifierFor(name), redisConfigIdentifierFor(name)];
    options.bind<RedisClientConfig>(configId).toConstantValue(config);
    options
      .bind<IRedisService>(serviceId)
      // Already connected (after module.connect()): a plain value, so container.get works synchronously.
      .toDynamicValue(() => clients.connectedClient(name) ?? clients.get(name))
      .inSingletonScope();
  }
}
