/** The demo's own settings (Redis is configured separately, by the factory's `REDIS_*` variables). */
export interface DemoSettings {
  /** HTTP port (`PORT`, default 3000; 0 picks a free one). */
  readonly port: number;
  /** Interface to listen on (`HOST`, default 127.0.0.1: the demo is not meant to face the internet). */
  readonly host: string;
  /** Longest message, in characters (`DEMO_MAX_MESSAGE_LENGTH`, default 500). */
  readonly maxMessageLength: number;
  /** Messages kept per room; older ones are trimmed (`DEMO_HISTORY_MAX_LENGTH`, default 1000). */
  readonly historyMaxLength: number;
  /** Messages returned on join and by default by the history endpoint (`DEMO_HISTORY_PAGE_SIZE`, default 50). */
  readonly historyPageSize: number;
  /** Messages a user may post per window (`DEMO_RATE_LIMIT_MAX`, default 5). */
  readonly rateLimitMax: number;
  /** Length of the rate-limit window in ms (`DEMO_RATE_LIMIT_WINDOW_MS`, default 10000). */
  readonly rateLimitWindowMs: number;
  /** How long room stats stay cached, in seconds (`DEMO_STATS_TTL_SECONDS`, default 5). */
  readonly statsTtlSeconds: number;
  /**
   * How long a connection counts as present without a heartbeat, in ms (`DEMO_PRESENCE_TTL_MS`, default
   * 30000): entries of an instance that died without cleaning up disappear after this.
   */
  readonly presenceTtlMs: number;
  /** pino level of the app and Redis logs (`LOG_LEVEL`, default `info`). */
  readonly logLevel: string;
}
