import type { IRedisSetCommands, RedisValue, RedisValues } from '@org/redis-interface';
import { checkInteger, checkValue, valueList } from '../../calculations/arguments.js';
import { ListCommands } from './ListCommands.js';

/** Set commands. Those over several sets need one hash slot (checked before sending). */
export abstract class SetCommands extends ListCommands implements IRedisSetCommands {
  public async sadd(key: string, members: RedisValues): Promise<number> {
    return this.call('sadd', [
      key,
      ...valueList('sadd', members).map((member) => checkValue('sadd', member)),
    ]);
  }

  public async srem(key: string, members: RedisValues): Promise<number> {
    return this.call('srem', [
      key,
      ...valueList('srem', members).map((member) => checkValue('srem', member)),
    ]);
  }

  public smembers(key: string): Promise<string[]> {
    return this.call('smembers', [key]);
  }

  public async sismember(key: string, member: RedisValue): Promise<boolean> {
    return (await this.call<number>('sismember', [key, checkValue('sismember', member)])) === 1;
  }

  public async smismember(key: string, members: readonly RedisValue[]): Promise<boolean[]> {
    if (members.length === 0) return [];
    const reply = await this.call<number[]>('smismember', [
      key,
      ...members.map((member) => checkValue('smismember', member)),
    ]);
    return reply.map((flag) => flag === 1);
  }

  public scard(key: string): Promise<number> {
    return this.call('scard', [key]);
  }

  public spop(key: string): Promise<string | null>;
  public spop(key: string, count: number): Promise<string[]>;
  public async spop(key: string, count?: number): Promise<string | null | string[]> {
    if (count === undefined) return this.call('spop', [key]);
    return (await this.call<string[] | null>('spop', [key, checkInteger('spop', 'count', count)])) ?? [];
  }

  public srandmember(key: string): Promise<string | null> {
    return this.call('srandmember', [key]);
  }

  public async smove(source: string, destination: string, member: RedisValue): Promise<boolean> {
    this.topology.checkSameSlot('smove', [source, destination]);
    return (await this.call<number>('smove', [source, destination, checkValue('smove', member)])) === 1;
  }

  /** SINTER/SUNION/SDIFF: all keys in one slot. */
  protected async combine(
    command: 'sinter' | 'sunion' | 'sdiff',
    keys: readonly string[],
  ): Promise<string[]> {
    if (keys.length === 0) return [];
    this.topology.checkSameSlot(command, keys);
    return this.call(command, keys);
  }

  /** SINTERSTORE/SUNIONSTORE/SDIFFSTORE: destination and sources in one slot. */
  protected async combineStore(
    command: string,
    destination: string,
    keys: readonly string[],
  ): Promise<number> {
    this.topology.checkSameSlot(command, [destination, ...keys]);
    return this.call(command, [destination, ...keys]);
  }

  public async sinter(keys: readonly string[]): Promise<string[]> {
    return this.combine('sinter', keys);
  }

  public async sunion(keys: readonly string[]): Promise<string[]> {
    return this.combine('sunion', keys);
  }

  public async sdiff(keys: readonly string[]): Promise<string[]> {
    return this.combine('sdiff', keys);
  }

  public async sinterstore(destination: string, keys: readonly string[]): Promise<number> {
    return this.combineStore('sinterstore', destination, keys);
  }

  public async sunionstore(destination: string, keys: readonly string[]): Promise<number> {
    return this.combineStore('sunionstore', destination, keys);
  }

  public async sdiffstore(destination: string, keys: readonly string[]): Promise<number> {
    return this.combineStore('sdiffstore', destination, keys);
  }
}
