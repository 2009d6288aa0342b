import type { RedisCommonConfig } from '@org/redis-interface';
import type { RedisOptions } from 'ioredis';
import { reconnectStrategy } from '@org/redis-core';

/** ioredis options without the reply-mapping generic (we keep ioredis' default RESP2-shaped replies). */
export type ConnectionOptions = Omit<RedisOptions, 'replyMapping'>;

/**
 * The per-connection ioredis options both drivers share. Connections start lazily: `connect()`
 * decides when to open them, so constructing a service never touches the network.
 */
export function toIoredisOptions(config: RedisCommonConfig): ConnectionOptions {
  return {
    lazyConnect: true,
    keyPrefix: config.keyPrefix,
    connectTimeout: config.connectTimeoutMs,
    commandTimeout: config.commandTimeoutMs,
    maxRetriesPerRequest: config.maxRetriesPerRequest,
    enableAutoPipelining: config.enableAutoPipelining,
    retryStrategy: reconnectStrategy(config),
    ...(config.username === undefined ? {} : { username: config.username }),
    ...(config.password === undefined ? {} : { password: config.password }),
    ...(config.connectionName === undefined ? {} : { connectionName: config.connectionName }),
    ...(config.tls === false
      ? {}
      : {
          tls: {
            rejectUnauthorized: config.tls.rejectUnauthorized,
            ...(config.tls.ca === undefined ? {} : { ca: config.tls.ca }),
            ...(config.tls.cert === undefined ? {} : { cert: config.tls.cert }),
            ...(config.tls.key === undefined ? {} : { key: config.tls.key }),
            ...(config.tls.servername === undefined ? {} : { servername: config.tls.servername }),
          },
        }),
  };
}
