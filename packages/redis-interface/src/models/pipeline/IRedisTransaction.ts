import type { RedisKeyInput } from '../RedisKeys.js';
import type { QueuedCommands } from './QueuedCommands.js';
import type { IRedisTransactionReader } from './IRedisTransactionReader.js';

/**
 * The transaction handed to the function given to `transaction()`: read the watched keys with `read`, then
 * queue writes; they are sent as MULTI … EXEC when the function returns.
 *
 * @remarks
 * Every queued key must hash to the same slot as the watched keys (cluster mode, or `strictCrossSlot`),
 * else the transaction fails with `CROSS_SLOT` and nothing is sent.
 */
export interface IRedisTransaction extends QueuedCommands<IRedisTransaction> {
  /** The watched keys, as given to `transaction()` (the same strings and Buffers, without the `keyPrefix`). */
  readonly keys: readonly RedisKeyInput[];
  /** Which attempt this is, from 1. */
  readonly attempt: number;
  /** Immediate reads on the watching connection. */
  readonly read: IRedisTransactionReader;
}
