import type {
  IRedisBatchCommands,
  IRedisPipeline,
  IRedisTransaction,
  TransactionOptions,
  TransactionResult,
} from '@org/redis-interface';
import { checkFunction, checkKeyArray, checkOptions, checkWholeNumber } from '../../calculations/checks.js';
import type { RedisKey } from '../../models/DriverTopology.js';
import type { Redis } from 'ioredis';
import { RedisPipeline } from '../RedisPipeline.js';
import { runTransaction } from '../TransactionRunner.js';
import { ScriptCommands } from './ScriptCommands.js';

/** Pipelines (split per node in a cluster, no atomicity) and WATCH/MULTI/EXEC transactions (one slot). */
export abstract class BatchCommands extends ScriptCommands implements IRedisBatchCommands {
  public pipeline(): IRedisPipeline {
    return new RedisPipeline((commands) => this.guard('pipeline', () => this.topology.execBatch(commands)));
  }

  public transaction<T>(
    keys: readonly string[],
    fn: (tx: IRedisTransaction) => T | Promise<T>,
    options?: TransactionOptions,
  ): Promise<TransactionResult<T>> {
    return this.checked(
      'transaction',
      () => {
        checkFunction('transaction', 'fn', fn);
        const { maxAttempts = 3 } = checkOptions('transaction', options);
        const watched = checkKeyArray('transaction', keys);
        if (watched.length > 0) this.topology.checkSameSlot('transaction', watched);
        return checkWholeNumber('transaction', 'options.maxAttempts', maxAttempts, 1);
      },
      (maxAttempts) => this.runChecked(keys, fn, maxAttempts),
    );
  }

  /** The transaction once its arguments are checked. */
  private runChecked<T>(
    keys: readonly string[],
    fn: (tx: IRedisTransaction) => T | Promise<T>,
    maxAttempts: number,
  ): Promise<TransactionResult<T>> {
    const checkSlots = (queued: readonly RedisKey[]): void => {
      if (queued.length > 0) this.topology.checkSameSlot('transaction', [...keys, ...queued]);
    };
    // WATCH is per connection: dedicated ones, so other commands cannot interleave with it.
    const connections = {
      acquire: (key: RedisKey | undefined) => this.topology.acquireDedicated(key),
      release: (connection: Redis) => {
        this.topology.releaseDedicated(connection);
      },
      fallbackReader: this,
    };
    return this.guard('transaction', () => runTransaction(connections, keys, fn, maxAttempts, checkSlots));
  }
}
