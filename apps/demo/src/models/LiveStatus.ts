import type { RedisHealthStatus, RedisMode, RedisNodeHealth } from '@org/redis-interface';

/** A command that failed, as the live panel lists it (no keys, no values: the event has none). */
export interface LiveStatusError {
  /** When it failed, ISO 8601. */
  readonly at: string;
  /** Lower-case command name (`xadd`, `pipeline`, …). */
  readonly command: string;
  /** Its RedisError code (`TIMEOUT`, `CONNECTION_CLOSED`, …), `unknown` when it had none. */
  readonly code: string;
}

/**
 * What the page's live panel shows about this instance's Redis: the `status` socket event, sent to
 * this instance's sockets once a second, at once when the connection to Redis is lost or back, and to
 * a socket when it connects.
 */
export interface LiveStatus {
  /** The instance that sent it. */
  readonly instance: string;
  /** The configured mode (a migrating service reports the authoritative side's). */
  readonly mode: RedisMode;
  /**
   * `down` from the moment this instance's connection to Redis is lost (a health check would notice
   * only after its PING timed out), else the status of the last health check; `unknown` before the
   * first one answered.
   */
  readonly redis: RedisHealthStatus | 'unknown';
  /** When the connection was lost, ISO 8601, while it is. */
  readonly downSince?: string;
  /** The nodes of the last health check: in cluster mode masters and replicas, each up or down. */
  readonly nodes: readonly RedisNodeHealth[];
  /** Cluster mode: slots served by a master that answered, of the 16 384. */
  readonly slots?: { readonly ok: number; readonly assigned: number; readonly total: 16_384 };
  /** A migrating service: the phase in force. */
  readonly phase?: string;
  /** Commands this instance settled per second, over the last interval. */
  readonly commandsPerSecond: number;
  /** The last commands that failed, newest first (at most five). */
  readonly lastErrors: readonly LiveStatusError[];
  /** When the last health check ran, ISO 8601. */
  readonly checkedAt?: string;
}
