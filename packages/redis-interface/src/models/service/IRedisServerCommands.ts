import type { RedisKeyInput } from '../RedisKeys.js';
import type { RedisInfo, WaitAofResult } from '../commands/ServerTypes.js';

/**
 * Server information and replication acknowledgements.
 */
export interface IRedisServerCommands {
  /**
   * INFO. Fan-out: one parsed record per master, keyed by `host:port`, in both modes (a standalone server
   * gives a record of one entry), so code reading it needs no change after a move to a cluster.
   *
   * @param section - `server`, `memory`, `replication`… (default the server's default sections).
   * @returns the fields of each node.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` when `section` is not a
   *   string.
   */
  info(section?: string): Promise<RedisInfo>;
  /**
   * WAIT: waits until `numreplicas` replicas acknowledged the writes made so far, or `timeoutMs` passed.
   * Sent on the shared connection to the master serving `key` (the node that took the writes of that key).
   *
   * @remarks
   * WAIT counts the writes of the connection it is sent on: here the shared connection to that master, which
   * carries every command of this client to it (those of other callers too). It also BLOCKS that connection
   * until it answers: every other command to that master waits behind it for up to `timeoutMs`. Prefer
   * `writeDurably`, which sends the writes and WAIT on a dedicated connection. The deadline is
   * `commandTimeoutMs + timeoutMs`.
   *
   * @param key - a key of the writes to wait for (without `keyPrefix`): picks the master.
   * @param numreplicas - how many replicas, a whole number >= 0.
   * @param timeoutMs - how long to wait at most, a whole number >= 1 (0, "forever", is refused: it would
   * block the shared connection without end).
   * @returns how many replicas acknowledged (may be fewer than asked after the timeout).
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` before sending.
   */
  wait(key: RedisKeyInput, numreplicas: number, timeoutMs: number): Promise<number>;
  /**
   * WAITAOF (Redis 7.2+): waits until the writes made so far are fsynced to the append-only file of the
   * master (`numlocal` 1) and of `numreplicas` replicas, or `timeoutMs` passed. Routed, and blocking the
   * shared connection, as {@link IRedisServerCommands.wait}; prefer `writeDurably` with `aof`.
   *
   * @param key - a key of the writes (picks the master).
   * @param numlocal - `0` or `1`.
   * @param numreplicas - a whole number >= 0.
   * @param timeoutMs - a whole number >= 1.
   * @returns how many acknowledged (the master, the replicas).
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` before sending;
   * `UNSUPPORTED_BY_SERVER` when the server is older than Redis 7.2 (nothing ran); `SERVER_ERROR` when
   * `numlocal` is 1 and the master has no AOF.
   */
  waitaof(
    key: RedisKeyInput,
    numlocal: number,
    numreplicas: number,
    timeoutMs: number,
  ): Promise<WaitAofResult>;
}
