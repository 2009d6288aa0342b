import {
  RedisError,
  type BlockingPopResult,
  type IRedisListCommands,
  type ListSide,
  type RedisKeys,
  type RedisValue,
  type RedisValues,
} from '@org/redis-interface';
import { checkInteger, checkValue, keyList, valueList } from '../../calculations/arguments.js';
import { HashCommands } from './HashCommands.js';

/** List commands. Blocking pops run on a dedicated connection, never the shared one. */
export abstract class ListCommands extends HashCommands implements IRedisListCommands {
  public async lpush(key: string, values: RedisValues): Promise<number> {
    return this.call('lpush', [
      key,
      ...valueList('lpush', values).map((value) => checkValue('lpush', value)),
    ]);
  }

  public async rpush(key: string, values: RedisValues): Promise<number> {
    return this.call('rpush', [
      key,
      ...valueList('rpush', values).map((value) => checkValue('rpush', value)),
    ]);
  }

  public lpop(key: string): Promise<string | null>;
  public lpop(key: string, count: number): Promise<string[]>;
  public async lpop(key: string, count?: number): Promise<string | null | string[]> {
    if (count === undefined) return this.call('lpop', [key]);
    return (await this.call<string[] | null>('lpop', [key, checkInteger('lpop', 'count', count)])) ?? [];
  }

  public rpop(key: string): Promise<string | null>;
  public rpop(key: string, count: number): Promise<string[]>;
  public async rpop(key: string, count?: number): Promise<string | null | string[]> {
    if (count === undefined) return this.call('rpop', [key]);
    return (await this.call<string[] | null>('rpop', [key, checkInteger('rpop', 'count', count)])) ?? [];
  }

  public llen(key: string): Promise<number> {
    return this.call('llen', [key]);
  }

  public async lrange(key: string, start: number, stop: number): Promise<string[]> {
    return this.call('lrange', [
      key,
      checkInteger('lrange', 'start', start),
      checkInteger('lrange', 'stop', stop),
    ]);
  }

  public async lindex(key: string, index: number): Promise<string | null> {
    return this.call('lindex', [key, checkInteger('lindex', 'index', index)]);
  }

  public async lset(key: string, index: number, value: RedisValue): Promise<'OK'> {
    return this.call('lset', [key, checkInteger('lset', 'index', index), checkValue('lset', value)]);
  }

  public async lrem(key: string, count: number, value: RedisValue): Promise<number> {
    return this.call('lrem', [key, checkInteger('lrem', 'count', count), checkValue('lrem', value)]);
  }

  public async ltrim(key: string, start: number, stop: number): Promise<'OK'> {
    return this.call('ltrim', [
      key,
      checkInteger('ltrim', 'start', start),
      checkInteger('ltrim', 'stop', stop),
    ]);
  }

  public async lmove(
    source: string,
    destination: string,
    from: ListSide,
    to: ListSide,
  ): Promise<string | null> {
    this.topology.checkSameSlot('lmove', [source, destination]);
    return this.call('lmove', [source, destination, from, to]);
  }

  public async blpop(keys: RedisKeys, timeoutSeconds: number): Promise<BlockingPopResult | null> {
    return this.blockingPop('blpop', keyList(keys), timeoutSeconds);
  }

  public async brpop(keys: RedisKeys, timeoutSeconds: number): Promise<BlockingPopResult | null> {
    return this.blockingPop('brpop', keyList(keys), timeoutSeconds);
  }

  /** BLPOP/BRPOP on a dedicated connection, so a GET on the shared one is never stuck behind it. */
  protected async blockingPop(
    command: 'blpop' | 'brpop',
    keys: string[],
    timeoutSeconds: number,
  ): Promise<BlockingPopResult | null> {
    if (keys.length === 0 || !Number.isFinite(timeoutSeconds) || timeoutSeconds < 0) {
      throw new RedisError(
        'INVALID_ARGUMENT',
        `${command.toUpperCase()} needs at least one key and a timeout in seconds >= 0 (0 waits forever).`,
      );
    }
    this.topology.checkSameSlot(command, keys);
    const waitMs = timeoutSeconds === 0 ? Number.POSITIVE_INFINITY : timeoutSeconds * 1_000;
    const reply = await this.onDedicated(command, keys[0], waitMs, async (connection) => {
      return (await connection.call(command, ...keys, timeoutSeconds)) as [string, string] | null;
    });
    return reply === null ? null : [reply[0].slice(this.keyPrefix.length), reply[1]];
  }
}
