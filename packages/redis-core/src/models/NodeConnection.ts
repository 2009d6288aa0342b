import type { CommandSender } from './CommandSender.js';
import type { EngineCommand } from './EngineCommand.js';

/**
 * One connection to one node: a master of the keyspace (fan-out commands, SCAN), or a dedicated
 * connection held by one caller (blocking commands, WATCH/MULTI/EXEC, durable writes). Every command
 * goes to that node: no routing, no redirection followed (a cluster node's MOVED rejects).
 *
 * @remarks
 * Part of the engine boundary: core never sees the client library's connection object. The same
 * underlying connection always comes back as the same `NodeConnection` object, so core may key maps
 * and sets by it.
 */
export interface NodeConnection extends CommandSender {
  /** `host:port` of the node, as the cluster's slot table names it. */
  readonly address: string;
  /** Whether the connection is open and past its handshake: a released one that is not is closed, not reused. */
  readonly ready: boolean;
  /**
   * Send `commands` as one pipeline (one write, one round trip) and settle each at its position.
   * Never rejects: a pipeline that fails as a whole (connection lost) rejects every command with
   * that error, since none is known to have run or not.
   */
  pipeline(commands: readonly EngineCommand[]): Promise<PromiseSettledResult<unknown>[]>;
  /**
   * MULTI, `commands`, EXEC: each queued command's outcome at its position, or `null` when EXEC
   * was aborted because a key watched on this connection changed.
   * @throws Error EXECABORT (a queued command was refused: nothing ran) or the connection's failure.
   */
  transaction(commands: readonly EngineCommand[]): Promise<PromiseSettledResult<unknown>[] | null>;
  /**
   * Open the connection (it is created unconnected).
   * @throws Error the reason it could not (WRONGPASS, ECONNREFUSED, a TLS failure), not a bare
   *   "connection closed"; it may record the handshake's arguments, so map it (`mapRedisError`,
   *   which scrubs secrets) before it reaches a caller or a log.
   */
  connect(): Promise<void>;
  /** Call `listener` once, when the connection has ended for good (closed, no reconnect left). */
  onEnd(listener: () => void): void;
  /** Close now: pending commands reject, no reconnect. */
  disconnect(): void;
}
