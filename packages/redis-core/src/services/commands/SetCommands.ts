import type { IRedisSetCommands, RedisValue, RedisValues } from '@org/redis-interface';
import { checkInteger, checkValue, valueList } from '../../calculations/arguments.js';
import { checkKey, checkKeyArray, invalidArgument } from '../../calculations/checks.js';
import { HashCommands } from './HashCommands.js';

/** Set commands. Those over several sets need one hash slot (checked before sending). */
export abstract class SetCommands extends HashCommands implements IRedisSetCommands {
  public sadd(key: string, members: RedisValues): Promise<number> {
    return this.callBuilt('sadd', () => [key, ...valueList('sadd', members, 'members')], 1);
  }

  public srem(key: string, members: RedisValues): Promise<number> {
    return this.callBuilt('srem', () => [key, ...valueList('srem', members, 'members')], 1);
  }

  public smembers(key: string): Promise<string[]> {
    return this.call('smembers', [key], 1);
  }

  public async sismember(key: string, member: RedisValue): Promise<boolean> {
    const reply = await this.callBuilt<number>(
      'sismember',
      () => [key, checkValue('sismember', member, 'member')],
      1,
    );
    return reply === 1;
  }

  public smismember(key: string, members: readonly RedisValue[]): Promise<boolean[]> {
    return this.checked(
      'smismember',
      () => {
        const checked = checkKey('smismember', key);
        if (!Array.isArray(members))
          throw invalidArgument('smismember', 'members', members, 'an array of members');
        return members.length === 0 ? [] : [checked, ...valueList('smismember', members, 'members')];
      },
      async (args) => {
        if (args.length === 0) return [];
        return (await this.call<number[]>('smismember', args, 1)).map((flag) => flag === 1);
      },
    );
  }

  public scard(key: string): Promise<number> {
    return this.call('scard', [key], 1);
  }

  public spop(key: string): Promise<string | null>;
  public spop(key: string, count: number): Promise<string[]>;
  public spop(key: string, count?: number): Promise<string | null | string[]> {
    if (count === undefined) return this.call('spop', [key], 1);
    return this.callBuilt<string[] | null>('spop', () => [key, checkInteger('spop', 'count', count)], 1).then(
      (reply) => reply ?? [],
    );
  }

  public srandmember(key: string): Promise<string | null> {
    return this.call('srandmember', [key], 1);
  }

  public async smove(source: string, destination: string, member: RedisValue): Promise<boolean> {
    const reply = await this.callBuilt<number>('smove', () => {
      const keys = [checkKey('smove', source, 'source'), checkKey('smove', destination, 'destination')];
      this.topology.checkSameSlot('smove', keys);
      return [...keys, checkValue('smove', member, 'member')];
    });
    return reply === 1;
  }

  /** SINTER/SUNION/SDIFF: all keys in one slot; no keys resolves `[]` without a round trip. */
  protected combine(command: 'sinter' | 'sunion' | 'sdiff', keys: readonly string[]): Promise<string[]> {
    return this.checked(
      command,
      () => {
        const list = checkKeyArray(command, keys);
        if (list.length > 0) this.topology.checkSameSlot(command, list);
        return list;
      },
      (list) => (list.length === 0 ? Promise.resolve([]) : this.call<string[]>(command, list, list.length)),
    );
  }

  /** SINTERSTORE/SUNIONSTORE/SDIFFSTORE: destination and sources in one slot. */
  protected combineStore(command: string, destination: string, keys: readonly string[]): Promise<number> {
    return this.callBuilt(command, () => {
      const list = [checkKey(command, destination, 'destination'), ...checkKeyArray(command, keys)];
      this.topology.checkSameSlot(command, list);
      return list;
    });
  }

  public sinter(keys: readonly string[]): Promise<string[]> {
    return this.combine('sinter', keys);
  }

  public sunion(keys: readonly string[]): Promise<string[]> {
    return this.combine('sunion', keys);
  }

  public sdiff(keys: readonly string[]): Promise<string[]> {
    return this.combine('sdiff', keys);
  }

  public sinterstore(destination: string, keys: readonly string[]): Promise<number> {
    return this.combineStore('sinterstore', destination, keys);
  }

  public sunionstore(destination: string, keys: readonly string[]): Promise<number> {
    return this.combineStore('sunionstore', destination, keys);
  }

  public sdiffstore(destination: string, keys: readonly string[]): Promise<number> {
    return this.combineStore('sdiffstore', destination, keys);
  }
}
