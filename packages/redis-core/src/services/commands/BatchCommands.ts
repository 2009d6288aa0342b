import type {
  IRedisBatchCommands,
  IRedisPipeline,
  IRedisTransaction,
  TransactionOptions,
  TransactionResult,
} from '@org/redis-interface';
import { RedisError } from '@org/redis-interface';
import type { Redis } from 'ioredis';
import { RedisPipeline } from '../RedisPipeline.js';
import { runTransaction } from '../TransactionRunner.js';
import { ScriptCommands } from './ScriptCommands.js';

/** Pipelines (split per node in a cluster, no atomicity) and WATCH/MULTI/EXEC transactions (one slot). */
export abstract class BatchCommands extends ScriptCommands implements IRedisBatchCommands {
  public pipeline(): IRedisPipeline {
    return new RedisPipeline((commands) => this.guardBatch('pipeline', commands));
  }

  public async transaction<T>(
    keys: readonly string[],
    fn: (tx: IRedisTransaction) => T | Promise<T>,
    options: TransactionOptions = {},
  ): Promise<TransactionResult<T>> {
    const maxAttempts = options.maxAttempts ?? 3;
    if (!Number.isSafeInteger(maxAttempts) || maxAttempts < 1) {
      throw new RedisError(
        'INVALID_ARGUMENT',
        `transaction maxAttempts must be a whole number >= 1, got ${String(maxAttempts)}.`,
      );
    }
    if (keys.length > 0) this.topology.checkSameSlot('transaction', keys);
    const checkSlots = (queued: readonly string[]): void => {
      if (queued.length > 0) this.topology.checkSameSlot('transaction', [...keys, ...queued]);
    };
    // WATCH is per connection: dedicated ones, so other commands cannot interleave with it.
    const connections = {
      acquire: (key: string | undefined) => this.topology.acquireDedicated(key),
      release: (connection: Redis) => {
        this.topology.releaseDedicated(connection);
      },
      fallbackReader: this,
    };
    return this.guard('transaction', () => runTransaction(connections, keys, fn, maxAttempts, checkSlots));
  }
}
