import type { IRedisBatchCommands, IRedisTransaction, TransactionResult } from '@org/redis-interface';
import { checkFunction, checkKeyArray, checkOptions, checkWholeNumber } from '../calculations/checks.js';
import type { RedisKey } from '../models/DriverTopology.js';
import type { CommandExecutor } from '../services/CommandExecutor.js';
import { dedicatedConnectionsFor } from '../services/dedicatedConnectionsFor.js';
import type { OperationsOf } from '../services/installOperations.js';
import { RedisPipeline } from '../services/RedisPipeline.js';
import { runBatch } from '../services/runBatch.js';
import { runTransaction } from '../services/TransactionRunner.js';
import { readerThrough } from '../services/transactionReader.js';

/** The transaction once its arguments are checked. */
function runChecked<T>(
  executor: CommandExecutor,
  keys: readonly RedisKey[],
  fn: (tx: IRedisTransaction) => T | Promise<T>,
  maxAttempts: number,
): Promise<TransactionResult<T>> {
  const { topology } = executor;
  const checkSlots = (queued: readonly RedisKey[]): void => {
    if (queued.length > 0) topology.checkSameSlot('transaction', [...keys, ...queued]);
  };
  // WATCH is per connection: dedicated ones, so other commands cannot interleave with it.
  return executor.guard('transaction', (progress) =>
    runTransaction(
      {
        ...dedicatedConnectionsFor(topology, 'transaction', progress),
        fallbackReader: readerThrough(executor),
      },
      keys,
      fn,
      maxAttempts,
      checkSlots,
      topology.config.keyPrefix,
    ),
  );
}

/**
 * Pipelines (one batch under one guard, split per node in a cluster, no atomicity) and
 * WATCH/MULTI/EXEC transactions (one slot, on a dedicated connection). Their queues are assembled
 * from the same definitions as the service (`CommandQueue`).
 */
export const batchOperations = {
  pipeline: (executor) =>
    new RedisPipeline(
      (commands) => runBatch(executor, 'pipeline', commands),
      (command, keys) => {
        executor.topology.checkSameSlot(command, keys);
      },
      executor.topology.config.keyPrefix,
    ),
  transaction: (executor, keys, fn, options) =>
    executor.checked(
      'transaction',
      () => {
        checkFunction('transaction', 'fn', fn);
        const { maxAttempts = 3 } = checkOptions('transaction', options);
        const watched = checkKeyArray('transaction', keys);
        if (watched.length > 0) executor.topology.checkSameSlot('transaction', watched);
        return { watched, attempts: checkWholeNumber('transaction', 'options.maxAttempts', maxAttempts, 1) };
      },
      ({ watched, attempts }) => runChecked(executor, watched, fn, attempts),
    ),
} satisfies OperationsOf<Pick<IRedisBatchCommands, 'pipeline' | 'transaction'>>;
