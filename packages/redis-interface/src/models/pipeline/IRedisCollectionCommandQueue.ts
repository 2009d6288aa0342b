import type { RedisEntries, RedisValue, RedisValues } from '../RedisValue.js';
import type { ZAddMember, ZAddOptions } from '../commands/SortedSetTypes.js';
import type { XAddOptions } from '../commands/StreamTypes.js';

/**
 * Hash, list, set, sorted set and stream commands that can be queued; part of {@link IRedisCommandQueue}.
 * Each returns the queue for chaining and contributes one {@link PipelineResult}.
 */
export interface IRedisCollectionCommandQueue {
  /**
   * Queue HSET.
   * @param key - the hash.
   * @param fields - field to value pairs.
   */
  hset(key: string, fields: RedisEntries): this;
  /**
   * Queue HGET.
   * @param key - the hash.
   * @param field - the field.
   */
  hget(key: string, field: string): this;
  /**
   * Queue HGETALL (value: a record, `{}` when missing).
   * @param key - the hash.
   */
  hgetall(key: string): this;
  /**
   * Queue HDEL.
   * @param key - the hash.
   * @param fields - one field or several.
   */
  hdel(key: string, fields: string | readonly string[]): this;
  /**
   * Queue HINCRBY.
   * @param key - the hash.
   * @param field - the field.
   * @param increment - an integer.
   */
  hincrby(key: string, field: string, increment: number): this;
  /**
   * Queue LPUSH.
   * @param key - the list.
   * @param values - one value or several.
   */
  lpush(key: string, values: RedisValues): this;
  /**
   * Queue RPUSH.
   * @param key - the list.
   * @param values - one value or several.
   */
  rpush(key: string, values: RedisValues): this;
  /**
   * Queue LRANGE.
   * @param key - the list.
   * @param start - first index (negative counts from the end).
   * @param stop - last index, inclusive.
   */
  lrange(key: string, start: number, stop: number): this;
  /**
   * Queue SADD.
   * @param key - the set.
   * @param members - one member or several.
   */
  sadd(key: string, members: RedisValues): this;
  /**
   * Queue SREM.
   * @param key - the set.
   * @param members - one member or several.
   */
  srem(key: string, members: RedisValues): this;
  /**
   * Queue ZADD.
   * @param key - the sorted set.
   * @param members - one member or several, with scores.
   * @param options - NX/XX, GT/LT, CH.
   */
  zadd(key: string, members: ZAddMember | readonly ZAddMember[], options?: ZAddOptions): this;
  /**
   * Queue ZINCRBY.
   * @param key - the sorted set.
   * @param increment - added to the score.
   * @param member - the member.
   */
  zincrby(key: string, increment: number, member: RedisValue): this;
  /**
   * Queue ZREM.
   * @param key - the sorted set.
   * @param members - one member or several.
   */
  zrem(key: string, members: RedisValues): this;
  /**
   * Queue XADD.
   * @param key - the stream.
   * @param fields - field to value pairs.
   * @param options - ID, NOMKSTREAM, trimming.
   */
  xadd(key: string, fields: RedisEntries, options?: XAddOptions): this;
}
