import type { IRedisHashCommands, RedisEntries, RedisValue } from '@org/redis-interface';
import { checkInteger, checkValue, entryList, flatEntries } from '../../calculations/arguments.js';
import { checkKey, checkKeyArray, checkKeys, checkNumber } from '../../calculations/checks.js';
import { pairsToRecord } from '../../calculations/replies.js';
import { CommandBase } from './CommandBase.js';

/** Hash commands: all single-key, the same in both modes. Fields are checked like keys. */
export abstract class HashCommands extends CommandBase implements IRedisHashCommands {
  public hget(key: string, field: string): Promise<string | null> {
    return this.send('hget', [key, field], 2);
  }

  public hgetBuffer(key: string, field: string): Promise<Buffer | null> {
    return this.callBuffer('hget', [key, field], 2);
  }

  public hset(key: string, fields: RedisEntries): Promise<number> {
    return this.callBuilt('hset', () => [key, ...flatEntries(entryList('hset', fields, 'field'))], 1);
  }

  public async hsetnx(key: string, field: string, value: RedisValue): Promise<boolean> {
    const reply = await this.callBuilt<number>('hsetnx', () => [key, field, checkValue('hsetnx', value)], 2);
    return reply === 1;
  }

  /** HMGET/HDEL: `key field…`, an empty list answered without a round trip. */
  private withFields<T>(
    command: 'hmget' | 'hdel',
    key: string,
    fields: unknown,
    empty: T,
    list: typeof checkKeys,
  ): Promise<T> {
    return this.checked(
      command,
      () => [checkKey(command, key), ...list(command, fields, 'fields')],
      (args) => (args.length === 1 ? Promise.resolve(empty) : this.send<T>(command, args, 1)),
    );
  }

  public hmget(key: string, fields: readonly string[]): Promise<(string | null)[]> {
    return this.withFields('hmget', key, fields, [], checkKeyArray);
  }

  public async hgetall(key: string): Promise<Record<string, string>> {
    return pairsToRecord(await this.send<string[]>('hgetall', [key], 1));
  }

  public async hgetallBuffer(key: string): Promise<Record<string, Buffer>> {
    return pairsToRecord(await this.callBuffer<Buffer[]>('hgetall', [key]));
  }

  public hdel(key: string, fields: string | readonly string[]): Promise<number> {
    return this.withFields('hdel', key, fields, 0, checkKeys);
  }

  public async hexists(key: string, field: string): Promise<boolean> {
    return (await this.send<number>('hexists', [key, field], 2)) === 1;
  }

  public hincrby(key: string, field: string, increment: number): Promise<number> {
    return this.callBuilt('hincrby', () => [key, field, checkInteger('hincrby', 'increment', increment)], 2);
  }

  public async hincrbyfloat(key: string, field: string, increment: number): Promise<number> {
    const reply = await this.callBuilt<string>(
      'hincrbyfloat',
      () => [key, field, checkNumber('hincrbyfloat', 'increment', increment)],
      2,
    );
    return Number(reply);
  }

  public hkeys(key: string): Promise<string[]> {
    return this.send('hkeys', [key], 1);
  }

  public hvals(key: string): Promise<string[]> {
    return this.send('hvals', [key], 1);
  }

  public hlen(key: string): Promise<number> {
    return this.send('hlen', [key], 1);
  }
}
