import {
  parseRedisConfigFromEnv,
  RedisError,
  validateRedisConfig,
  type IRedisService,
  type ParseRedisConfigFromEnvOptions,
  type RedisConfig,
  type RedisConfigInput,
} from '@org/redis-interface';
import { RedisClusterService } from '@org/redis-cluster';
import { RedisStandaloneService } from '@org/redis-standalone';

/** Picks and builds the driver for a configuration: the one place that knows both drivers. */
export class RedisFactoryService {
  /**
   * Build (not connect) the service for `config`: `RedisStandaloneService` or `RedisClusterService`.
   *
   * @param config - a complete or partial configuration; it is validated here.
   * @throws RedisError `INVALID_CONFIG` listing every problem (an unknown mode, cluster without nodes,
   *   db != 0 in cluster mode…); passwords never appear in it.
   */
  public create(config: RedisConfigInput | RedisConfig): IRedisService {
    const valid = validateRedisConfig(config);
    return valid.mode === 'cluster' ? new RedisClusterService(valid) : new RedisStandaloneService(valid);
  }

  /**
   * Build the service configured by environment variables (`REDIS_*`, or `<prefix>*`).
   * @throws RedisError `INVALID_CONFIG` listing every problem.
   */
  public createFromEnv(
    env: Readonly<Record<string, string | undefined>> = process.env,
    options?: ParseRedisConfigFromEnvOptions,
  ): IRedisService {
    return this.create(parseRedisConfigFromEnv(env, options));
  }

  /**
   * Connect `service`, failing if the server does not answer within `connectTimeoutMs`.
   * A failed service is disconnected, so no reconnect loop keeps the process alive.
   *
   * @throws RedisError `CONNECTION_FAILED` (no answer in time, refused), `AUTH_FAILED`, `MODE_MISMATCH`.
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
      }, connectTimeoutMs);
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
