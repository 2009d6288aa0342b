import type { RedisKeyInput } from '../RedisKeys.js';
import type { IRedisPipeline } from '../pipeline/IRedisPipeline.js';
import type { IRedisTransaction } from '../pipeline/IRedisTransaction.js';
import type { TransactionOptions, TransactionResult } from '../pipeline/TransactionTypes.js';

/**
 * Pipelines (many commands, one round trip per node) and optimistic transactions.
 */
export interface IRedisBatchCommands {
  /**
   * Starts a pipeline: queue commands, then `exec()`. Cluster: split per node, run in parallel, results in
   * the caller's order, no atomicity; a node that is down or does not answer fails only its own commands
   * (see {@link IRedisPipeline.exec}).
   * @returns an empty pipeline.
   */
  pipeline(): IRedisPipeline;
  /**
   * Runs `fn` under WATCH of `keys` and sends what it queued as MULTI … EXEC; when EXEC aborts because a
   * watched key changed, runs `fn` again, up to `maxAttempts`.
   *
   * @remarks
   * `fn` may run several times, so it must not have side effects outside the transaction. Read the watched
   * keys with `tx.read` (on the watching connection), then queue writes on `tx`. If `fn` throws, nothing
   * is sent and the error is rethrown. The transaction runs on a dedicated connection, at most `maxDedicatedConnections` per node; past it a call waits, first come first served, up to half of `commandTimeoutMs` for one to be released. `keys` and every
   * queued key must share one hash slot, in cluster mode and with `strictCrossSlot`; an empty `keys` gives a
   * plain MULTI … EXEC that never aborts.
   *
   * @typeParam T - what `fn` returns.
   * @param keys - the keys to WATCH: text or Buffers ({@link RedisKeyInput}), without the `keyPrefix`;
   * in cluster mode a Buffer is hashed on its bytes, prefix included, for the slot check and the node.
   * @param fn - reads, then queues the writes.
   * @param options - `maxAttempts` (default 3).
   * @returns `fn`'s value and the EXEC results.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for a key that is neither
   * a string nor a Buffer, `CROSS_SLOT`, both before anything is sent; `TRANSACTION_ABORTED` (its
   * `details.keys` as text) when every attempt was aborted; `COMMAND_TIMEOUT` naming
   * `maxDedicatedConnections` when every dedicated connection to that node stays busy.
   *
   * @example
   * ```ts
   * await redis.transaction(['{acct:1}:balance'], async (tx) => {
   *   const balance = Number(await tx.read.get('{acct:1}:balance'));
   *   tx.set('{acct:1}:balance', balance - 10).rpush('{acct:1}:log', 'debit 10');
   * });
   * ```
   */
  transaction<T>(
    keys: readonly RedisKeyInput[],
    fn: (tx: IRedisTransaction) => T | Promise<T>,
    options?: TransactionOptions,
  ): Promise<TransactionResult<T>>;
}
