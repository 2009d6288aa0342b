import {
  toSetArguments,
  type IRedisStringCommands,
  type RedisEntries,
  type RedisValue,
  type SetCondition,
  type SetOptions,
} from '@org/redis-interface';
import { checkInteger, checkValue, entryColumns, interleave, pick } from '../../calculations/arguments.js';
import { checkKeyArray, checkNumber } from '../../calculations/checks.js';
import { KeyCommands } from './KeyCommands.js';

/** GET, SET, MGET, MSET, INCR… MGET/MSET are split by the topology (cluster: by slot). */
export abstract class StringCommands extends KeyCommands implements IRedisStringCommands {
  public get(key: string): Promise<string | null> {
    return this.call('get', [key], 1);
  }

  public getBuffer(key: string): Promise<Buffer | null> {
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
    return this.callBuilt(
      'set',
      () =>
        options === undefined
          ? [key, checkValue('set', value)]
          : [key, checkValue('set', value), ...toSetArguments(options)],
      1,
    );
  }

  /** MGET through the topology's split, replies put back in the caller's order. */
  protected readMany<V>(command: string, keys: readonly string[], buffers: boolean): Promise<(V | null)[]> {
    return this.checked(
      command,
      () => checkKeyArray(command, keys),
      async (list) => {
        if (list.length === 0) return [];
        const values = new Array<V | null>(list.length).fill(null);
        for (const { positions, reply } of await this.splitCall(
          'mget',
          list,
          (group) => pick(list, group),
          buffers,
        )) {
          const group = reply as (V | null)[];
          positions.forEach((position, index) => (values[position] = group[index] ?? null));
        }
        return values;
      },
    );
  }

  public mget(keys: readonly string[]): Promise<(string | null)[]> {
    return this.readMany<string>('mget', keys, false);
  }

  public mgetBuffer(keys: readonly string[]): Promise<(Buffer | null)[]> {
    return this.readMany<Buffer>('mgetBuffer', keys, true);
  }

  public mset(entries: RedisEntries): Promise<'OK'> {
    return this.checked(
      'mset',
      () => entryColumns('mset', entries),
      async ({ keys, values }) => {
        await this.splitCall('mset', keys, (positions) => interleave(keys, values, positions));
        return 'OK' as const;
      },
    );
  }

  public async msetnx(entries: RedisEntries): Promise<boolean> {
    const reply = await this.callBuilt<number>('msetnx', () => {
      const { keys, values } = entryColumns('msetnx', entries);
      this.topology.checkSameSlot('msetnx', keys);
      return interleave(
        keys,
        values,
        keys.map((_, index) => index),
      );
    });
    return reply === 1;
  }

  public incr(key: string): Promise<number> {
    return this.call('incr', [key], 1);
  }

  public incrby(key: string, increment: number): Promise<number> {
    return this.callBuilt('incrby', () => [key, checkInteger('incrby', 'increment', increment)], 1);
  }

  public async incrbyfloat(key: string, increment: number): Promise<number> {
    const reply = await this.callBuilt<string>(
      'incrbyfloat',
      () => [key, checkNumber('incrbyfloat', 'increment', increment)],
      1,
    );
    return Number(reply);
  }

  public decr(key: string): Promise<number> {
    return this.call('decr', [key], 1);
  }

  public decrby(key: string, decrement: number): Promise<number> {
    return this.callBuilt('decrby', () => [key, checkInteger('decrby', 'decrement', decrement)], 1);
  }

  public getdel(key: string): Promise<string | null> {
    return this.call('getdel', [key], 1);
  }

  public append(key: string, value: RedisValue): Promise<number> {
    return this.callBuilt('append', () => [key, checkValue('append', value)], 1);
  }

  public strlen(key: string): Promise<number> {
    return this.call('strlen', [key], 1);
  }
}
