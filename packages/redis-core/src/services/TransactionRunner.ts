import {
  RedisError,
  type IRedisTransaction,
  type IRedisTransactionReader,
  type TransactionResult,
} from '@org/redis-interface';
import { CallerError } from '../models/CallerError.js';
import type { RedisKey } from '../models/DriverTopology.js';
import { CommandQueue } from './commands/CommandQueue.js';
import { queuedKeys } from './recordDefinition.js';
import { toPipelineResults } from './RedisPipeline.js';
import { readerOn } from './transactionReader.js';
import type { DedicatedConnections } from '../models/DedicatedConnections.js';

/** How a transaction gets its connection: on the watched keys' node, or (no keys) the queued ones'. */
export interface TransactionConnections extends DedicatedConnections {
  /** Reads when no key is watched (there is no watching connection yet). */
  readonly fallbackReader: IRedisTransactionReader;
}

/**
 * WATCH `keys`, let `fn` read and queue writes, then MULTI/EXEC; an EXEC aborted by a concurrent
 * write (null reply) runs it all again, up to `maxAttempts`. Without keys, the MULTI goes to the
 * node of the first queued key (in a cluster, another node would answer MOVED).
 * @throws RedisError `TRANSACTION_ABORTED` when every attempt was aborted.
 */
export async function runTransaction<T>(
  connections: TransactionConnections,
  keys: readonly RedisKey[],
  fn: (tx: IRedisTransaction) => T | Promise<T>,
  maxAttempts: number,
  checkSlots: (queuedKeys: readonly RedisKey[]) => void,
  keyPrefix: string,
): Promise<TransactionResult<T>> {
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    let connection = keys.length > 0 ? await connections.acquire(keys[0]) : undefined;
    try {
      if (connection !== undefined) await connection.call('watch', keys);
      const queue = new CommandQueue<IRedisTransaction>(undefined, keyPrefix);
      const read = connection === undefined ? connections.fallbackReader : readerOn(connection, keyPrefix);
      const tx = Object.assign(queue, { keys, attempt, read }) as CommandQueue<IRedisTransaction> &
        IRedisTransaction;
      let value: T;
      try {
        value = await fn(tx);
        const invalid = queue.commands.find((command) => command.invalid !== undefined)?.invalid;
        if (invalid !== undefined) throw invalid;
        checkSlots(queuedKeys(queue.commands));
      } catch (error) {
        await connection?.call('unwatch', []);
        throw RedisError.is(error) ? error : new CallerError(error);
      }
      connection ??= await connections.acquire(
        queue.commands.find((command) => command.key !== undefined)?.key,
      );
      const replies = await connection.transaction(queue.commands);
      if (replies === null) continue;
      return { value, results: toPipelineResults(queue.commands, replies), attempts: attempt };
    } finally {
      if (connection !== undefined) connections.release(connection);
    }
  }
  // Buffer keys as text, as CROSS_SLOT details show them: the details stay plain strings.
  const named = keys.map((key) => key.toString());
  throw new RedisError(
    'TRANSACTION_ABORTED',
    `The transaction on ${named.join(', ')} was aborted ${maxAttempts} times by concurrent writes: reduce contention on these keys or raise maxAttempts.`,
    { details: { attempts: maxAttempts, keys: named } },
  );
}
