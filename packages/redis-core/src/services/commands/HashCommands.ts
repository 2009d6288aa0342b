import type { IRedisHashCommands, RedisEntries, RedisValue } from '@org/redis-interface';
import { checkInteger, checkValue, entryList, flatEntries } from '../../calculations/arguments.js';
import { pairsToRecord } from '../../calculations/replies.js';
import { JsonCommands } from './JsonCommands.js';

/** Hash commands: all single-key, the same in both modes. */
export abstract class HashCommands extends JsonCommands implements IRedisHashCommands {
  public hget(key: string, field: string): Promise<string | null> {
    return this.call('hget', [key, field]);
  }

  public async hgetBuffer(key: string, field: string): Promise<Buffer | null> {
    return this.callBuffer('hget', [key, field]);
  }

  public async hset(key: string, fields: RedisEntries): Promise<number> {
    const list = entryList('hset', fields);
    list.forEach(([, value]) => checkValue('hset', value));
    return this.call('hset', [key, ...flatEntries(list)]);
  }

  public async hsetnx(key: string, field: string, value: RedisValue): Promise<boolean> {
    return (await this.call<number>('hsetnx', [key, field, checkValue('hsetnx', value)])) === 1;
  }

  public async hmget(key: string, fields: readonly string[]): Promise<(string | null)[]> {
    return fields.length === 0 ? [] : this.call('hmget', [key, ...fields]);
  }

  public async hgetall(key: string): Promise<Record<string, string>> {
    return pairsToRecord(await this.call<string[]>('hgetall', [key]));
  }

  public async hgetallBuffer(key: string): Promise<Record<string, Buffer>> {
    return pairsToRecord(await this.callBuffer<Buffer[]>('hgetall', [key]));
  }

  public async hdel(key: string, fields: string | readonly string[]): Promise<number> {
    const list = typeof fields === 'string' ? [fields] : [...fields];
    return list.length === 0 ? 0 : this.call('hdel', [key, ...list]);
  }

  public async hexists(key: string, field: string): Promise<boolean> {
    return (await this.call<number>('hexists', [key, field])) === 1;
  }

  public async hincrby(key: string, field: string, increment: number): Promise<number> {
    return this.call('hincrby', [key, field, checkInteger('hincrby', 'increment', increment)]);
  }

  public async hincrbyfloat(key: string, field: string, increment: number): Promise<number> {
    return Number(
      await this.call<string>('hincrbyfloat', [key, field, checkValue('hincrbyfloat', increment)]),
    );
  }

  public hkeys(key: string): Promise<string[]> {
    return this.call('hkeys', [key]);
  }

  public hvals(key: string): Promise<string[]> {
    return this.call('hvals', [key]);
  }

  public hlen(key: string): Promise<number> {
    return this.call('hlen', [key]);
  }
}
