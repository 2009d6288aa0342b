import type { DestinationStream, Logger } from 'pino';

/** Options of `createRedisLogger()`. */
export interface RedisLoggerOptions {
  /**
   * The application's logger. The Redis logger is a child of it (`component: 'redis'`) with
   * {@link redisLogRedaction} applied. Default: a new pino logger.
   */
  readonly logger?: Logger;
  /** Minimum level of the Redis logger (`debug` shows cluster redirections). Default: the parent's, or `info`. */
  readonly level?: string;
  /** Where a new logger writes (pino's `destination`), when no `logger` is given. Default: stdout. */
  readonly destination?: DestinationStream;
}
