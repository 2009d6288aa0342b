import type { RedisCommandEvent } from '@org/redis-interface';
import type { Logger } from 'pino';
import { toCommandLabel } from '../calculations/toCommandLabel.js';
import { toErrorCodeLabel } from '../calculations/toErrorCodeLabel.js';
import { createCacheLogHandler } from './createCacheLogHandler.js';
import { createConnectionLogHandlers } from './createConnectionLogHandlers.js';
import { createMigrationLogHandler } from './createMigrationLogHandler.js';
import type { RedisChannelHandlers } from './subscribeChannels.js';

/**
 * The subscribers that write connection lifecycle, cluster topology events, command errors, live
 * migration events ({@link createMigrationLogHandler}) and cache breaker changes and resyncs
 * ({@link createCacheLogHandler}) to `logger`. Only fields of the events
 * are logged; events carry no values or arguments, and keys only in migration events whose service
 * opted in (`logMismatchedKeys`).
 *
 * Levels: a client's first `ready`, its return after an outage, `ended` and topology changes `info`;
 * the start of an outage, failovers and command errors `warn`; what repeats while a client is down
 * (command errors included: every command fails or times out then, and the outage's one warning already
 * says why; `redis_client_commands_total{outcome="error"}` counts them), and redirections (one per
 * MOVED/ASK, thousands while slots migrate: the counter `redis_client_cluster_redirections_total` is
 * the place to watch them), `debug` (see {@link createConnectionLogHandlers}).
 */
export function createLogHandlers(logger: Logger): RedisChannelHandlers {
  const { connection, cluster, isDown } = createConnectionLogHandlers(logger);
  return {
    connection,
    cluster,
    command: (raw) => {
      const event = raw as RedisCommandEvent;
      if (event.outcome !== 'error') return;
      (isDown(event.client) ? logger.debug : logger.warn).call(
        logger,
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
