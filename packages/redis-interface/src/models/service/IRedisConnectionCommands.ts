import type { RedisMode } from '../RedisMode.js';
import type { RedisHealth } from '../health/RedisHealth.js';

/**
 * Lifecycle and liveness.
 */
export interface IRedisConnectionCommands {
  /** The configured mode. */
  readonly mode: RedisMode;
  /**
   * Connects and checks that the server matches the configured mode (INFO cluster). Resolves once commands
   * can be sent; calling it again while connected does nothing.
   * @throws {@link RedisError} `CONNECTION_FAILED`, `AUTH_FAILED`, `MODE_MISMATCH`, or `CLUSTER_DOWN`.
   */
  connect(): Promise<void>;
  /**
   * Graceful close: waits for pending replies, then closes every connection (subscribers and blocking
   * ones too). Later commands fail with `NOT_CONNECTED`.
   */
  quit(): Promise<void>;
  /**
   * Immediate close: pending commands fail with `NOT_CONNECTED`. For shutdown paths that cannot wait.
   */
  disconnect(): Promise<void>;
  /**
   * PING; in cluster mode every master is pinged.
   * @returns `'PONG'` when every node answered.
   * @throws {@link RedisError} the first failure (`COMMAND_TIMEOUT`, `CONNECTION_FAILED`, …).
   */
  ping(): Promise<'PONG'>;
  /**
   * Checks every node and reports one {@link RedisHealth}, the same schema in both modes. Never throws: a
   * failure is reported as `down`.
   * @returns the health report.
   */
  health(): Promise<RedisHealth>;
}
