import type { RedisMode } from '../RedisMode.js';
import type { RedisHealth } from '../health/RedisHealth.js';

/**
 * Lifecycle and liveness.
 */
export interface IRedisConnectionCommands {
  /** The configured mode. */
  readonly mode: RedisMode;
  /**
   * Connects and checks that the server matches the configured mode. Resolves once commands can be
   * sent; calling it again while connected does nothing. A failed connect leaves nothing connected.
   *
   * ACL rights it needs: in standalone mode none beyond the user's own commands (the mode check uses
   * `HELLO`, which every user may run; on servers without HELLO it asks `INFO cluster` and is skipped
   * when that is denied). In cluster mode the cluster client also runs `CLUSTER SLOTS` (the slot table)
   * and `CLUSTER INFO` (its ready check): grant `+cluster|slots +cluster|info`. `health()` also needs
   * `+cluster|nodes` in cluster mode and `+ping`; `+info` spares ioredis' console warning that it skipped
   * its INFO ready check.
   *
   * Cluster mode: resolves once a node reports `cluster_state:ok`; during a failover it waits for it,
   * for at most `connectTimeoutMs`.
   *
   * @throws {@link @org/redis-interface!RedisError | RedisError}
   * - `CONNECTION_FAILED`: no server (no seed node) answered in time, the connection was refused or
   *   reset, or the TLS handshake failed (the message names what to check);
   * - `AUTH_FAILED`: the username or password was refused, or the server wants a password;
   * - `MODE_MISMATCH`: the server runs in the other mode;
   * - `NO_PERMISSION` (cluster mode): the ACL user may not run `CLUSTER SLOTS`;
   * - `CLUSTER_DOWN` (cluster mode): the nodes answered but the cluster was not ok within
   *   `connectTimeoutMs` (a failover in progress, a master down without replica).
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
   * One PING on the shared connection. In cluster mode it carries no key, so the cluster client sends it
   * to one node of its choice: it shows that node answers, not the cluster; use `health()` for every node.
   * @returns `'PONG'` when the node answered.
   * @throws {@link @org/redis-interface!RedisError | RedisError} the first failure (`COMMAND_TIMEOUT`,
   *   `CONNECTION_FAILED`, …).
   */
  ping(): Promise<'PONG'>;
  /**
   * Checks every node and reports one {@link RedisHealth}, the same schema in both modes. Never throws: a
   * failure is reported as `down`.
   * @returns the health report.
   */
  health(): Promise<RedisHealth>;
}
