import {
  toSetArguments,
  type IRedisStringCommands,
  type RedisEntries,
  type RedisValue,
  type SetCondition,
  type SetOptions,
} from '@org/redis-interface';
import {
  checkInteger,
  checkValue,
  entryColumns,
  entryList,
  flatEntries,
  interleave,
  pick,
} from '../../calculations/arguments.js';
import { KeyCommands } from './KeyCommands.js';

/** GET, SET, MGET, MSET, INCR… MGET/MSET are split by the topology (cluster: by slot). */
export abstract class StringCommands extends KeyCommands implements IRedisStringCommands {
  public get(key: string): Promise<string | null> {
    return this.call('get', [key]);
  }

  public async getBuffer(key: string): Promise<Buffer | null> {
    return this.callBuffer('get', [key]);
  }

  public set(
    key: string,
    value: RedisValue,
    options: SetOptions & { readonly get: true },
  ): Promise<string | null>;
  public set(
    key: string,
    value: RedisValue,
    options: SetOptions & { readonly condition: SetCondition; readonly get?: false },
  ): Promise<'OK' | null>;
  public set(
    key: string,
    value: RedisValue,
    options?: SetOptions & { readonly condition?: never; readonly get?: false },
  ): Promise<'OK'>;
  public set(key: string, value: RedisValue, options?: SetOptions): Promise<string | null>;
  public set(key: string, value: RedisValue, options?: SetOptions): Promise<string | null> {
    return this.callBuilt('set', () =>
      options === undefined
        ? [key, checkValue('set', value)]
        : [key, checkValue('set', value), ...toSetArguments(options)],
    );
  }

  /** MGET through the topology's split, replies put back in the caller's order. */
  protected async readMany<V>(keys: readonly string[], buffers: boolean): Promise<(V | null)[]> {
    if (keys.length === 0) return [];
    const values = new Array<V | null>(keys.length).fill(null);
    for (const { positions, reply } of await this.splitCall(
      'mget',
      keys,
      (group) => pick(keys, group),
      buffers,
    )) {
      const group = reply as (V | null)[];
      positions.forEach((position, index) => (values[position] = group[index] ?? null));
    }
    return values;
  }

  public async mget(keys: readonly string[]): Promise<(string | null)[]> {
    return this.readMany<string>(keys, false);
  }

  public async mgetBuffer(keys: readonly string[]): Promise<(Buffer | null)[]> {
    return this.readMany<Buffer>(keys, true);
  }

  public async mset(entries: RedisEntries): Promise<'OK'> {
    const { keys, values } = entryColumns('mset', entries);
    await this.splitCall('mset', keys, (positions) => interleave(keys, values, positions));
    return 'OK';
  }

  public async msetnx(entries: RedisEntries): Promise<boolean> {
    const list = entryList('msetnx', entries);
    list.forEach(([, value]) => checkValue('msetnx', value));
    this.topology.checkSameSlot(
      'msetnx',
      list.map(([key]) => key),
    );
    return (await this.call<number>('msetnx', flatEntries(list))) === 1;
  }

  public incr(key: string): Promise<number> {
    return this.call('incr', [key]);
  }

  public async incrby(key: string, increment: number): Promise<number> {
    return this.call('incrby', [key, checkInteger('incrby', 'increment', increment)]);
  }

  public async incrbyfloat(key: string, increment: number): Promise<number> {
    return Number(await this.call<string>('incrbyfloat', [key, checkValue('incrbyfloat', increment)]));
  }

  public decr(key: string): Promise<number> {
    return this.call('decr', [key]);
  }

  public async decrby(key: string, decrement: number): Promise<number> {
    return this.call('decrby', [key, checkInteger('decrby', 'decrement', decrement)]);
  }

  public getdel(key: string): Promise<string | null> {
    return this.call('getdel', [key]);
  }

  public async append(key: string, value: RedisValue): Promise<number> {
    return this.call('append', [key, checkValue('append', value)]);
  }

  public strlen(key: string): Promise<number> {
    return this.call('strlen', [key]);
  }
}
