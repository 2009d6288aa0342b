import { pino } from 'pino';
import { redisLogRedaction } from '../models/redisLogRedaction.js';
import type { RedisLogger } from '../models/RedisLogger.js';
import type { RedisLoggerOptions } from '../models/RedisLoggerOptions.js';
import { createLogHandlers } from './createLogHandlers.js';
import { subscribeChannels } from './subscribeChannels.js';

/**
 * Structured pino logs of every `@org/redis` client in the process, from the drivers' diagnostics
 * channels: connection lifecycle (`info`), cluster topology events (`info`, failovers `warn`,
 * redirections `debug`), failed commands (`warn`, with command name and error code, never the
 * arguments), a migrating service's events (phase `info`; refused second writes and shadow
 * mismatches `warn`, with key names only when the service was configured to include them) and the
 * caches of `@org/redis-cache` (breaker open `warn`, closed again `info`, resyncs `warn`; never a hit
 * or a miss). Secrets are redacted with {@link redisLogRedaction}.
 *
 * Subscribing to command events makes the drivers time every command (to report failures);
 * that is the cost of logging them.
 *
 * @example
 * ```ts
 * const redisLogs = createRedisLogger({ logger: appLogger });
 * // {"level":40,"component":"redis","client":"cache","mode":"cluster","command":"get","code":"COMMAND_TIMEOUT",...}
 * redisLogs.stop();
 * ```
 *
 * @param options - the parent logger, level and destination; all optional.
 * @returns the logger (a child with `component: 'redis'`) and `stop()`, which unsubscribes.
 */
export function createRedisLogger(options: RedisLoggerOptions = {}): RedisLogger {
  const childOptions = {
    redact: redisLogRedaction,
    ...(options.level === undefined ? {} : { level: options.level }),
  };
  const parent = options.logger ?? pino({ level: options.level ?? 'info' }, options.destination);
  const logger = parent.child({ component: 'redis' }, childOptions);
  const stop = subscribeChannels(createLogHandlers(logger));
  return { logger, stop };
}
