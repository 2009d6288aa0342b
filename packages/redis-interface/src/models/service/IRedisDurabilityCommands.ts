import type { DurableWriteOptions, DurableWriteResult } from '../pipeline/DurableWriteTypes.js';
import type { IRedisCommandQueue } from '../pipeline/IRedisCommandQueue.js';

/**
 * Writes acknowledged by replicas (`WAIT`) or by the master's append-only file (`WAITAOF`).
 */
export interface IRedisDurabilityCommands {
  /**
   * Sends the writes `fn` queues as MULTI … EXEC, followed by `WAIT replicas timeoutMs` (and
   * `WAITAOF 1 0 timeoutMs` with `aof`), on a dedicated connection to the master of the first queued key,
   * in one round trip; resolves once the replicas (and the AOF) acknowledged them.
   *
   * @remarks
   * Redis replicates asynchronously: a write acknowledged by the master alone is lost if that master fails
   * before a replica received it and the replica is promoted. `writeDurably` narrows that window: the
   * writes were received by `replicas` replicas before it resolves. It does not make Redis strongly
   * consistent. In the words of the Redis documentation of WAIT (https://redis.io/commands/wait): "WAIT does
   * not make Redis a strongly consistent store", and since failover promotes the best replica on a best-effort
   * basis, "it is possible to still lose a write synchronously replicated to multiple replicas".
   *
   * WAIT blocks the connection it runs on, so it never runs on the shared connection: other commands to
   * the same master are not held up while it waits (after a failover the promoted master has no replica,
   * and each WAIT lasts its whole `timeoutMs`). Dedicated connections are pooled per master, at most `maxDedicatedConnections` per node; past it a call waits, first come first served, up to half of `commandTimeoutMs` for one to be released.
   *
   * Every queued key must share one hash slot (one master takes all writes), in cluster mode and with
   * `strictCrossSlot`. In cluster mode the connection goes to the master serving that slot; a write
   * refused with MOVED (a failover moved the slot) is discarded by the server as a whole (EXECABORT) and
   * sent once more to the new master.
   *
   * @param fn - queues the writes, synchronously; it runs once.
   * @param options - `replicas`, `timeoutMs`, and `aof`.
   * @returns the EXEC results and the acknowledgement counts.
   * @throws {@link @org/redis-interface!RedisError | RedisError} before anything is sent: `INVALID_ARGUMENT`
   * (nothing queued, a queued argument invalid, `replicas` not a whole number >= 0, `timeoutMs` not a whole
   * number > 0), `CROSS_SLOT`, `UNSUPPORTED_BY_SERVER` (`aof` against a server older than Redis 7.2 or
   * without `appendonly yes`). After sending: `NOT_DURABLE` when fewer replicas (or no local AOF fsync)
   * acknowledged within `timeoutMs`, or at once with 0 acknowledged when the master turns replica while WAIT
   * waits (a failover); the writes WERE applied on the master then, and `details` has the counts and results.
   * Whatever `fn` throws is rethrown as is, and nothing is sent. `COMMAND_TIMEOUT` naming
   * `maxDedicatedConnections` when every dedicated connection to that master stays busy; nothing is sent
   * then.
   *
   * @example
   * ```ts
   * try {
   *   await redis.writeDurably((q) => q.set('{order:1}:state', 'paid'), { replicas: 1, timeoutMs: 500 });
   * } catch (error) {
   *   if (!RedisError.is(error, 'NOT_DURABLE')) throw error;
   *   // Applied on the master, but no replica has it yet: it may be lost in a failover.
   * }
   * ```
   */
  writeDurably(
    fn: (queue: IRedisCommandQueue) => void,
    options: DurableWriteOptions,
  ): Promise<DurableWriteResult>;
}
