import {
  RedisError,
  type DurableWriteOptions,
  type DurableWriteResult,
  type IRedisCommandQueue,
  type IRedisPipeline,
  type IRedisTransaction,
  type RedisKeyInput,
  type TransactionOptions,
  type TransactionResult,
} from '@org/redis-interface';
import type { RecordedEntry } from '../models/RecordedEntry.js';
import type { MigrationRouter } from './MigrationRouter.js';
import { recordingQueue } from './recordingQueue.js';
import { replayQueue } from './replayQueue.js';

type Fill = (queue: IRedisCommandQueue) => void;

/**
 * A pipeline on the authoritative side of the phase it was made in; at `exec`, its writes are then
 * replayed on the other side as a pipeline. The results are the authoritative side's.
 */
export function migratingPipeline(router: MigrationRouter): IRedisPipeline {
  const roles = router.watcher.roles;
  const pipeline = roles.primary.pipeline();
  const entries: RecordedEntry[] = [];
  return recordingQueue(pipeline, entries, {
    length: { get: () => pipeline.length, enumerable: true },
    exec: {
      value: async () => {
        const results = await pipeline.exec();
        await replayQueue(router, roles, entries, results, (fill: Fill) => {
          const other = roles.secondary?.pipeline();
          if (other === undefined) return Promise.resolve([]);
          fill(other);
          return other.exec();
        });
        return results;
      },
    },
  });
}

/**
 * A transaction on the authoritative side (its WATCH, retries and reads there); once it committed,
 * the writes of its last attempt run on the other side as a transaction of their own (MULTI/EXEC
 * watching the same keys, no reads), so each side applies them all or none.
 */
export async function migratingTransaction<T>(
  router: MigrationRouter,
  keys: readonly RedisKeyInput[],
  fn: (tx: IRedisTransaction) => T | Promise<T>,
  options: TransactionOptions | undefined,
): Promise<TransactionResult<T>> {
  const roles = router.watcher.roles;
  // Not a function: the authoritative side's own checks refuse it, as the drivers do.
  if (typeof fn !== 'function') return roles.primary.transaction(keys, fn, options);
  let entries: RecordedEntry[] = [];
  const result = await roles.primary.transaction(
    keys,
    (tx) => {
      // Each attempt queues afresh: only the one that committed is replayed.
      entries = [];
      return fn(
        recordingQueue(tx, entries, {
          keys: { get: () => tx.keys, enumerable: true },
          attempt: { get: () => tx.attempt, enumerable: true },
          read: { get: () => tx.read, enumerable: true },
        }),
      );
    },
    options,
  );
  await replayQueue(router, roles, entries, result.results, async (fill: Fill) => {
    if (roles.secondary === undefined) return [];
    const replayed = await roles.secondary.transaction(
      keys,
      (tx) => fill(tx as unknown as IRedisCommandQueue),
      options,
    );
    return replayed.results;
  });
  return result;
}

/**
 * A durable write on the authoritative side (its replicas acknowledge it); its writes are then
 * replayed on the other side as a pipeline, without waiting for that side's replicas. Also after a
 * `NOT_DURABLE` refusal: the writes were applied, only their acknowledgement is missing.
 */
export async function migratingDurableWrite(
  router: MigrationRouter,
  fn: (queue: IRedisCommandQueue) => void,
  options: DurableWriteOptions,
): Promise<DurableWriteResult> {
  const roles = router.watcher.roles;
  if (typeof fn !== 'function') return roles.primary.writeDurably(fn, options);
  const entries: RecordedEntry[] = [];
  let result: DurableWriteResult | undefined;
  let refusal: unknown;
  try {
    result = await roles.primary.writeDurably((queue) => fn(recordingQueue(queue, entries, {})), options);
  } catch (error) {
    if (!RedisError.is(error, 'NOT_DURABLE')) throw error;
    refusal = error;
  }
  await replayQueue(router, roles, entries, result?.results, (fill: Fill) => {
    const other = roles.secondary?.pipeline();
    if (other === undefined) return Promise.resolve([]);
    fill(other);
    return other.exec();
  });
  if (result === undefined) throw refusal;
  return result;
}
