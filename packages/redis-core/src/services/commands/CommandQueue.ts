import {
  RedisError,
  toSetArguments,
  type ExpireCondition,
  type IRedisCommandQueue,
  type RedisEntries,
  type RedisValue,
  type RedisValues,
  type SetOptions,
  type XAddOptions,
  type ZAddMember,
  type ZAddOptions,
} from '@org/redis-interface';
import { checkInteger, checkValue, entryList, flatEntries, valueList } from '../../calculations/arguments.js';
import { decodeJson, encodeJson } from '../../calculations/json.js';
import { pairsToRecord, toScore } from '../../calculations/replies.js';
import { zaddArguments } from '../../calculations/sortedSetArguments.js';
import { trimArguments } from '../../calculations/streamArguments.js';
import type { QueuedCommand, RedisArgument } from '../../models/DriverTopology.js';

const same = (reply: unknown): unknown => reply;
const isOne = (reply: unknown): boolean => reply === 1;

/**
 * Records commands for a pipeline or a transaction. Arguments are checked here, when queued,
 * so a bad argument throws at the call site and nothing of the batch is sent.
 */
export class CommandQueue implements IRedisCommandQueue {
  /** The recorded commands, in order. */
  public readonly commands: QueuedCommand[] = [];

  /**
   * Record a command. Its arguments are built (and checked) now; a bad one is recorded as a
   * failed entry, so `exec()` reports it in place and sends everything else (a transaction
   * refuses to send anything instead).
   */
  private add(command: string, key: string, build: () => readonly RedisArgument[], transform = same): this {
    try {
      this.commands.push({ command, key, args: [key, ...build()], transform });
    } catch (error) {
      if (!RedisError.is(error)) throw error;
      this.commands.push({ command, key, args: [], transform, invalid: error });
    }
    return this;
  }

  public get(key: string): this {
    return this.add('get', key, () => []);
  }
  public getBuffer(key: string): this {
    this.commands.push({ command: 'get', key, args: [key], transform: same, buffer: true });
    return this;
  }
  public set(key: string, value: RedisValue, options?: SetOptions): this {
    return this.add('set', key, () => [checkValue('set', value), ...toSetArguments(options)]);
  }
  public getJson(key: string): this {
    return this.add(
      'get',
      key,
      () => [],
      (reply) => decodeJson(key, reply as string | null),
    );
  }
  public setJson(key: string, value: unknown, options?: SetOptions): this {
    return this.add('set', key, () => [encodeJson('setJson', value), ...toSetArguments(options)]);
  }
  public del(key: string): this {
    return this.add('del', key, () => []);
  }
  public unlink(key: string): this {
    return this.add('unlink', key, () => []);
  }
  public exists(key: string): this {
    return this.add('exists', key, () => []);
  }
  public incr(key: string): this {
    return this.add('incr', key, () => []);
  }
  public incrby(key: string, increment: number): this {
    return this.add('incrby', key, () => [checkInteger('incrby', 'increment', increment)]);
  }
  public decr(key: string): this {
    return this.add('decr', key, () => []);
  }
  public expire(key: string, seconds: number, condition?: ExpireCondition): this {
    return this.add(
      'expire',
      key,
      () => [checkInteger('expire', 'seconds', seconds), ...(condition === undefined ? [] : [condition])],
      isOne,
    );
  }
  public pexpire(key: string, milliseconds: number, condition?: ExpireCondition): this {
    const ms = checkInteger('pexpire', 'milliseconds', milliseconds);
    return this.add('pexpire', key, () => [ms, ...(condition === undefined ? [] : [condition])], isOne);
  }
  public ttl(key: string): this {
    return this.add('ttl', key, () => []);
  }
  public publish(channel: string, message: RedisValue): this {
    this.commands.push({
      command: 'publish',
      key: undefined,
      args: [channel, checkValue('publish', message)],
      transform: same,
    });
    return this;
  }
  public hset(key: string, fields: RedisEntries): this {
    return this.add('hset', key, () => flatEntries(entryList('hset', fields)));
  }
  public hget(key: string, field: string): this {
    return this.add('hget', key, () => [field]);
  }
  public hgetall(key: string): this {
    return this.add(
      'hgetall',
      key,
      () => [],
      (reply) => pairsToRecord(reply as Record<string, string>),
    );
  }
  public hdel(key: string, fields: string | readonly string[]): this {
    return this.add('hdel', key, () => (typeof fields === 'string' ? [fields] : [...fields]));
  }
  public hincrby(key: string, field: string, increment: number): this {
    return this.add('hincrby', key, () => [field, checkInteger('hincrby', 'increment', increment)]);
  }
  public lpush(key: string, values: RedisValues): this {
    return this.add('lpush', key, () => valueList('lpush', values));
  }
  public rpush(key: string, values: RedisValues): this {
    return this.add('rpush', key, () => valueList('rpush', values));
  }
  public lrange(key: string, start: number, stop: number): this {
    return this.add('lrange', key, () => [start, stop]);
  }
  public sadd(key: string, members: RedisValues): this {
    return this.add('sadd', key, () => valueList('sadd', members));
  }
  public srem(key: string, members: RedisValues): this {
    return this.add('srem', key, () => valueList('srem', members));
  }
  public zadd(key: string, members: ZAddMember | readonly ZAddMember[], options?: ZAddOptions): this {
    return this.add('zadd', key, () => zaddArguments(members, options));
  }
  public zincrby(key: string, increment: number, member: RedisValue): this {
    return this.add(
      'zincrby',
      key,
      () => [increment, checkValue('zincrby', member)],
      (reply) => toScore(reply as string),
    );
  }
  public zrem(key: string, members: RedisValues): this {
    return this.add('zrem', key, () => valueList('zrem', members));
  }
  public xadd(key: string, fields: RedisEntries, options: XAddOptions = {}): this {
    const trim = options.trim === undefined ? [] : trimArguments('XADD', options.trim);
    const nomk = options.nomkstream === true ? ['NOMKSTREAM'] : [];
    return this.add('xadd', key, () => [
      ...nomk,
      ...trim,
      options.id ?? '*',
      ...flatEntries(entryList('xadd', fields)),
    ]);
  }
}
