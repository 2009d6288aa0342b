import type {
  DurableWriteOptions,
  DurableWriteResult,
  IRedisBatchCommands,
  IRedisCommandQueue,
  IRedisDurabilityCommands,
  IRedisPipeline,
  IRedisTransaction,
  IRedisTransactionReader,
  TransactionOptions,
  TransactionResult,
} from '@org/redis-interface';
import { checkFunction, checkKeyArray, checkOptions, checkWholeNumber } from '../../calculations/checks.js';
import type { RedisKey } from '../../models/DriverTopology.js';
import { prepareDurableWrite, runDurableWrite, type DurableWrite } from '../DurableWriteRunner.js';
import { dedicatedConnectionsFor } from '../dedicatedConnectionsFor.js';
import { RedisPipeline } from '../RedisPipeline.js';
import { runTransaction } from '../TransactionRunner.js';
import { ScriptCommands } from './ScriptCommands.js';

/**
 * Pipelines (split per node in a cluster, no atomicity), WATCH/MULTI/EXEC transactions (one slot)
 * and durable writes (MULTI/EXEC + WAIT on a dedicated connection).
 */
export abstract class BatchCommands
  extends ScriptCommands
  implements IRedisBatchCommands, IRedisDurabilityCommands
{
  public pipeline(): IRedisPipeline {
    return new RedisPipeline(
      (commands) => this.guardBatch('pipeline', commands),
      (command, keys) => {
        this.topology.checkSameSlot(command, keys);
      },
      this.keyPrefix,
    );
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
    return this.guard('transaction', (progress) =>
      runTransaction(
        {
          ...dedicatedConnectionsFor(this.topology, 'transaction', progress),
          // get/getJson/exists are definitions, installed on the service's prototype.
          fallbackReader: this as unknown as IRedisTransactionReader,
        },
        keys,
        fn,
        maxAttempts,
        checkSlots,
        this.keyPrefix,
      ),
    );
  }

  public writeDurably(
    fn: (queue: IRedisCommandQueue) => void,
    options: DurableWriteOptions,
  ): Promise<DurableWriteResult> {
    // Refusals before sending (bad option, CROSS_SLOT, fn's own error) reject through the guard, so
    // they are counted like every command's; nothing is sent then.
    return this.checked(
      'durable write',
      () =>
        prepareDurableWrite(
          fn,
          options,
          (keys) => {
            this.topology.checkSameSlot('writeDurably', keys);
          },
          this.keyPrefix,
        ),
      (write) => this.sendDurably(write),
    );
  }

  private sendDurably(write: DurableWrite): Promise<DurableWriteResult> {
    // WAIT blocks its connection: a dedicated one, so the shared connection is never held up.
    // 'durable write': lower case, like 'transaction', so that metrics keep it as a command label.
    return this.guard(
      'durable write',
      (progress) => runDurableWrite(dedicatedConnectionsFor(this.topology, 'durable write', progress), write),
      write.options.timeoutMs,
    );
  }
}
