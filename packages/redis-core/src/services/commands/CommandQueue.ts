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
import { checkArguments, checkKey, checkKeys, checkNumber, checkString } from '../../calculations/checks.js';
import { expireArguments } from '../../calculations/expireArguments.js';
import { decodeJson, encodeJson } from '../../calculations/json.js';
import { pairsToRecord, toScore } from '../../calculations/replies.js';
import { zaddArguments } from '../../calculations/sortedSetArguments.js';
import { mapRedisError } from '../../calculations/mapRedisError.js';
import { xaddArguments } from '../../calculations/streamArguments.js';
import type { QueuedCommand, RedisArgument, RedisKey } from '../../models/DriverTopology.js';

const same = (reply: unknown): unknown => reply;
const isOne = (reply: unknown): boolean => reply === 1;
const none = (): RedisArgument[] => [];

/**
 * Records commands for a pipeline or a transaction. Arguments are checked here, when queued, with
 * the same checks as the service methods; a bad one never throws at the call site: it becomes
 * that command's failed result at exec (a transaction refuses to send anything instead).
 */
export class CommandQueue implements IRedisCommandQueue {
  /** The recorded commands, in order. */
  public readonly commands: QueuedCommand[] = [];

  /**
   * Record a command whose arguments `build` returns, key first. They are built (and checked) now;
   * a bad one is recorded as a failed entry, so `exec()` reports it in place and sends everything else.
   */
  private record(
    command: string,
    key: unknown,
    build: () => readonly RedisArgument[],
    transform = same,
    buffer = false,
  ): this {
    try {
      const args = build();
      checkArguments(command, args, key === undefined ? 0 : 1);
      const keyed = key === undefined ? undefined : (args[0] as RedisKey);
      this.commands.push({
        command,
        key: keyed,
        args,
        transform,
        ...(buffer ? { buffer: true as const } : {}),
      });
    } catch (error) {
      const invalid = RedisError.is(error) ? error : mapRedisError(error, command);
      this.commands.push({ command, key: undefined, args: [], transform, invalid });
    }
    return this;
  }

  /** Record a single-key command: `key`, then what `build` returns. */
  private add(command: string, key: unknown, build: () => readonly RedisArgument[], transform = same): this {
    return this.record(command, key, () => [checkKey(command, key), ...build()], transform);
  }

  public get(key: string): this {
    return this.add('get', key, none);
  }
  public getBuffer(key: string): this {
    return this.record('get', key, () => [checkKey('getBuffer', key)], same, true);
  }
  public set(key: string, value: RedisValue, options?: SetOptions): this {
    return this.add('set', key, () => [checkValue('set', value), ...toSetArguments(options)]);
  }
  public getJson(key: string): this {
    return this.add('get', key, none, (reply) => decodeJson(key, reply as string | null));
  }
  public setJson(key: string, value: unknown, options?: SetOptions): this {
    return this.add('set', key, () => [encodeJson('setJson', value), ...toSetArguments(options)]);
  }
  public del(key: string): this {
    return this.add('del', key, none);
  }
  public unlink(key: string): this {
    return this.add('unlink', key, none);
  }
  public exists(key: string): this {
    return this.add('exists', key, none);
  }
  public incr(key: string): this {
    return this.add('incr', key, none);
  }
  public incrby(key: string, increment: number): this {
    return this.add('incrby', key, () => [checkInteger('incrby', 'increment', increment)]);
  }
  public decr(key: string): this {
    return this.add('decr', key, none);
  }
  public expire(key: string, seconds: number, condition?: ExpireCondition): this {
    return this.record('expire', key, () => expireArguments('expire', key, seconds, condition), isOne);
  }
  public pexpire(key: string, milliseconds: number, condition?: ExpireCondition): this {
    return this.record('pexpire', key, () => expireArguments('pexpire', key, milliseconds, condition), isOne);
  }
  public ttl(key: string): this {
    return this.add('ttl', key, none);
  }
  public publish(channel: string, message: RedisValue): this {
    return this.record('publish', undefined, () => [
      checkString('publish', 'channel', channel),
      checkValue('publish', message, 'message'),
    ]);
  }
  public hset(key: string, fields: RedisEntries): this {
    return this.add('hset', key, () => flatEntries(entryList('hset', fields, 'field')));
  }
  public hget(key: string, field: string): this {
    return this.add('hget', key, () => [checkKey('hget', field, 'field')]);
  }
  public hgetall(key: string): this {
    return this.add('hgetall', key, none, (reply) => pairsToRecord(reply as Record<string, string>));
  }
  public hdel(key: string, fields: string | readonly string[]): this {
    return this.add('hdel', key, () => checkKeys('hdel', fields, 'fields'));
  }
  public hincrby(key: string, field: string, increment: number): this {
    return this.add('hincrby', key, () => [
      checkKey('hincrby', field, 'field'),
      checkInteger('hincrby', 'increment', increment),
    ]);
  }
  public lpush(key: string, values: RedisValues): this {
    return this.add('lpush', key, () => valueList('lpush', values));
  }
  public rpush(key: string, values: RedisValues): this {
    return this.add('rpush', key, () => valueList('rpush', values));
  }
  public lrange(key: string, start: number, stop: number): this {
    return this.add('lrange', key, () => [
      checkInteger('lrange', 'start', start),
      checkInteger('lrange', 'stop', stop),
    ]);
  }
  public sadd(key: string, members: RedisValues): this {
    return this.add('sadd', key, () => valueList('sadd', members, 'members'));
  }
  public srem(key: string, members: RedisValues): this {
    return this.add('srem', key, () => valueList('srem', members, 'members'));
  }
  public zadd(key: string, members: ZAddMember | readonly ZAddMember[], options?: ZAddOptions): this {
    return this.add('zadd', key, () => zaddArguments(members, options));
  }
  public zincrby(key: string, increment: number, member: RedisValue): this {
    return this.add(
      'zincrby',
      key,
      () => [checkNumber('zincrby', 'increment', increment), checkValue('zincrby', member, 'member')],
      (reply) => toScore(reply as string),
    );
  }
  public zrem(key: string, members: RedisValues): this {
    return this.add('zrem', key, () => valueList('zrem', members, 'members'));
  }
  public xadd(key: string, fields: RedisEntries, options?: XAddOptions): this {
    return this.record('xadd', key, () => xaddArguments(key, fields, options));
  }
}
