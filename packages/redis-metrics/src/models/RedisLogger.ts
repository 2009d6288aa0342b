import type { Logger } from 'pino';

/** What `createRedisLogger()` returns: the logger it writes to, and how to detach. */
export interface RedisLogger {
  /** The logger Redis events are written to (secrets redacted); usable for your own Redis logs. */
  readonly logger: Logger;
  /** Unsubscribe from every diagnostics channel; nothing is logged afterwards. Idempotent. */
  stop(): void;
}
