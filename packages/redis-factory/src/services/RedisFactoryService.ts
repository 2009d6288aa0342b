import {
  parseRedisClientConfigFromEnv,
  RedisError,
  validateRedisClientConfig,
  type IRedisService,
  type ParseRedisConfigFromEnvOptions,
  type RedisClientConfig,
  type RedisClientConfigInput,
  type RedisConfig,
} from '@org/redis-interface';
import { RedisClusterService } from '@org/redis-cluster';
import { RedisMigratingService } from '@org/redis-migrating';
import { RedisStandaloneService } from '@org/redis-standalone';

/**
 * How much later than `connectTimeoutMs` the factory gives up on a service: the drivers enforce
 * `connectTimeoutMs` themselves with the precise error (`CLUSTER_DOWN` while a failover is in
 * progress), which must win the race; this deadline is the backstop for a service that hangs.
 */
const backstopGraceMs = 250;

/** Picks and builds the driver for a configuration: the one place that knows the drivers. */
export class RedisFactoryService {
  /**
   * Build (not connect) the service for `config`: `RedisStandaloneService` or `RedisClusterService`;
   * for `mode: 'migrating'`, a `RedisMigratingService` over the two sides' drivers (a live move, in
   * the phase of the control key).
   *
   * @param config - a complete or partial configuration; it is validated here.
   * @throws RedisError `INVALID_CONFIG` listing every problem (an unknown mode, cluster without nodes,
   *   db != 0 in cluster mode, a bad side of a migrating configuration…); passwords never appear in it.
   */
  public create(config: RedisClientConfigInput | RedisClientConfig): IRedisService {
    const valid = validateRedisClientConfig(config);
    if (valid.mode === 'migrating')
      return new RedisMigratingService(valid, (side) => this.createDriver(side));
    return this.createDriver(valid);
  }

  /** The driver of one deployment. */
  private createDriver(config: RedisConfig): IRedisService {
    return config.mode === 'cluster' ? new RedisClusterService(config) : new RedisStandaloneService(config);
  }

  /**
   * Build the service configured by environment variables (`REDIS_*`, or `<prefix>*`; with
   * `REDIS_MODE=migrating`, the sides from `SOURCE_REDIS_*` and `TARGET_REDIS_*`).
   * @throws RedisError `INVALID_CONFIG` listing every problem.
   */
  public createFromEnv(
    env: Readonly<Record<string, string | undefined>> = process.env,
    options?: ParseRedisConfigFromEnvOptions,
  ): IRedisService {
    return this.create(parseRedisClientConfigFromEnv(env, options));
  }

  /**
   * Connect `service` (see `IRedisService.connect` for the ACL rights it needs), failing if it is
   * not connected within `connectTimeoutMs` (plus a short grace, so that the driver's own, more
   * precise timeout error wins). A failed service is disconnected, so no reconnect loop keeps the
   * process alive.
   *
   * @throws RedisError
   * - `CONNECTION_FAILED`: no answer in time, connection refused or reset, TLS handshake failure
   *   (the message says TLS and what to check: CA, server name, `rejectUnauthorized`, TLS on one
   *   side only);
   * - `AUTH_FAILED`: username or password refused;
   * - `MODE_MISMATCH`: the server runs in the other mode;
   * - `NO_PERMISSION` (cluster): the ACL user may not run `CLUSTER SLOTS`;
   * - `CLUSTER_DOWN` (cluster): the nodes answered but the cluster was not ok in time (failover).
   */
  public async connect(service: IRedisService, connectTimeoutMs: number): Promise<IRedisService> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(
          new RedisError(
            'CONNECTION_FAILED',
            `Redis did not answer within ${connectTimeoutMs} ms (connectTimeoutMs): check the address and that the server is up.`,
          ),
        );
      }, connectTimeoutMs + backstopGraceMs);
    });
    try {
      await Promise.race([service.connect(), deadline]);
      return service;
    } catch (error) {
      await service.disconnect();
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
}
