import type { RedisValue } from '../RedisValue.js';
import type { ExpireCondition } from '../commands/ExpireCondition.js';
import type { SetOptions } from '../commands/SetOptions.js';
import type { IRedisCollectionCommandQueue } from './IRedisCollectionCommandQueue.js';

/**
 * Commands that can be queued on a pipeline or a transaction. Each takes a single key (so a cluster can route
 * it), returns the queue for chaining, and contributes one {@link PipelineResult} whose value is what the
 * equivalent {@link IRedisService} method resolves to. Nothing is sent until `exec()` (pipeline) or until the
 * transaction function returns.
 *
 * @remarks
 * Argument errors (a TTL of 0, a key that is not a string or Buffer, `null` options, …) do not throw here:
 * they become that command's failed result, coded `INVALID_ARGUMENT`, and that command is not sent (a
 * transaction sends nothing and rejects with it).
 */
export interface IRedisCommandQueue extends IRedisCollectionCommandQueue {
  /**
   * Queue GET.
   * @param key - the key.
   */
  get(key: string): this;
  /**
   * Queue GET, with the value as a Buffer.
   * @param key - the key.
   */
  getBuffer(key: string): this;
  /**
   * Queue SET; see `IRedisStringCommands.set`.
   * @param key - the key.
   * @param value - the value.
   * @param options - expiry, condition and GET.
   */
  set(key: string, value: RedisValue, options?: SetOptions): this;
  /**
   * Queue a GET whose value is parsed as JSON; see `IRedisJsonCommands.getJson`.
   * @param key - the key.
   */
  getJson(key: string): this;
  /**
   * Queue a SET of `JSON.stringify(value)`; see `IRedisJsonCommands.setJson`.
   * @param key - the key.
   * @param value - any JSON-serializable value.
   * @param options - expiry, condition and GET.
   */
  setJson(key: string, value: unknown, options?: SetOptions): this;
  /**
   * Queue DEL of one key.
   * @param key - the key.
   */
  del(key: string): this;
  /**
   * Queue UNLINK of one key.
   * @param key - the key.
   */
  unlink(key: string): this;
  /**
   * Queue EXISTS of one key (value `0` or `1`).
   * @param key - the key.
   */
  exists(key: string): this;
  /**
   * Queue INCR.
   * @param key - the key.
   */
  incr(key: string): this;
  /**
   * Queue INCRBY.
   * @param key - the key.
   * @param increment - an integer.
   */
  incrby(key: string, increment: number): this;
  /**
   * Queue DECR.
   * @param key - the key.
   */
  decr(key: string): this;
  /**
   * Queue EXPIRE (value `true` when the expiry was set).
   * @param key - the key.
   * @param seconds - the TTL.
   * @param condition - NX, XX, GT or LT.
   */
  expire(key: string, seconds: number, condition?: ExpireCondition): this;
  /**
   * Queue PEXPIRE (value `true` when the expiry was set).
   * @param key - the key.
   * @param milliseconds - the TTL.
   * @param condition - NX, XX, GT or LT.
   */
  pexpire(key: string, milliseconds: number, condition?: ExpireCondition): this;
  /**
   * Queue TTL.
   * @param key - the key.
   */
  ttl(key: string): this;
  /**
   * Queue a classic PUBLISH (value: receivers on the node that got it).
   * @param channel - the channel (not prefixed).
   * @param message - the message.
   */
  publish(channel: string, message: RedisValue): this;
}
