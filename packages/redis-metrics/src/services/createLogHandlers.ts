import type { RedisClusterEvent, RedisCommandEvent, RedisConnectionEvent } from '@org/redis-interface';
import type { Logger } from 'pino';
import { toCommandLabel } from '../calculations/toCommandLabel.js';
import { toErrorCodeLabel } from '../calculations/toErrorCodeLabel.js';
import { createCacheLogHandler } from './createCacheLogHandler.js';
import { createMigrationLogHandler } from './createMigrationLogHandler.js';
import type { RedisChannelHandlers } from './subscribeChannels.js';

/**
 * The subscribers that write connection lifecycle, cluster topology events, command errors, live
 * migration events ({@link createMigrationLogHandler}) and cache breaker changes and resyncs
 * ({@link createCacheLogHandler}) to `logger`. Only fields of the events
 * are logged; events carry no values or arguments, and keys only in migration events whose service
 * opted in (`logMismatchedKeys`).
 *
 * Levels: connection states and topology changes `info`; failovers and command errors `warn`;
 * redirections `debug` (one per MOVED/ASK, thousands while slots migrate: the counter
 * `redis_client_cluster_redirections_total` is the place to watch them).
 */
export function createLogHandlers(logger: Logger): RedisChannelHandlers {
  return {
    connection: (raw) => {
      const { client, mode, state } = raw as RedisConnectionEvent;
      logger.info({ client, mode, state }, `redis connection ${state}`);
    },
    cluster: (raw) => {
      const { client, mode, event, node } = raw as RedisClusterEvent;
      const fields = { client, mode, event, ...(node === undefined ? {} : { node }) };
      const message = `redis cluster ${event}`;
      if (event === 'failover') logger.warn(fields, message);
      else if (event === 'redirection') logger.debug(fields, message);
      else logger.info(fields, message);
    },
    command: (raw) => {
      const event = raw as RedisCommandEvent;
      if (event.outcome !== 'error') return;
      logger.warn(
        {
          client: event.client,
          mode: event.mode,
          command: toCommandLabel(event.command),
          code: toErrorCodeLabel(event.errorCode),
          durationMs: Math.round(event.durationMs * 1000) / 1000,
        },
        'redis command failed',
      );
    },
    migration: createMigrationLogHandler(logger),
    cache: createCacheLogHandler(logger),
  };
}
