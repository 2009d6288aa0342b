import {
  RedisError,
  type BlockingPopResult,
  type IRedisListCommands,
  type ListSide,
  type RedisKeys,
  type RedisValue,
  type RedisValues,
} from '@org/redis-interface';
import { checkInteger, checkValue, valueList } from '../../calculations/arguments.js';
import { checkChoice, checkKey, checkKeys } from '../../calculations/checks.js';
import type { RedisKey } from '../../models/DriverTopology.js';
import { CommandBase } from './CommandBase.js';

const sides: readonly ListSide[] = ['LEFT', 'RIGHT'];

/** List commands. Blocking pops run on a dedicated connection, never the shared one. */
export abstract class ListCommands extends CommandBase implements IRedisListCommands {
  public lpush(key: string, values: RedisValues): Promise<number> {
    return this.callBuilt('lpush', () => [key, ...valueList('lpush', values)], 1);
  }

  public rpush(key: string, values: RedisValues): Promise<number> {
    return this.callBuilt('rpush', () => [key, ...valueList('rpush', values)], 1);
  }

  /** LPOP/RPOP/SPOP: one element (or null), or `count` of them (`[]` when missing). */
  protected pop(
    command: 'lpop' | 'rpop' | 'spop',
    key: string,
    count?: number,
  ): Promise<string | null | string[]> {
    if (count === undefined) return this.send(command, [key], 1);
    return this.callBuilt<string[] | null>(
      command,
      () => [key, checkInteger(command, 'count', count)],
      1,
    ).then((reply) => reply ?? []);
  }

  public lpop(key: string): Promise<string | null>;
  public lpop(key: string, count: number): Promise<string[]>;
  public lpop(key: string, count?: number): Promise<string | null | string[]> {
    return this.pop('lpop', key, count);
  }

  public rpop(key: string): Promise<string | null>;
  public rpop(key: string, count: number): Promise<string[]>;
  public rpop(key: string, count?: number): Promise<string | null | string[]> {
    return this.pop('rpop', key, count);
  }

  public llen(key: string): Promise<number> {
    return this.send('llen', [key], 1);
  }

  /** `key start stop` of LRANGE/LTRIM/ZREMRANGEBYRANK, both whole numbers. */
  protected indexRange<T>(command: string, key: string, start: number, stop: number): Promise<T> {
    return this.callBuilt(
      command,
      () => [key, checkInteger(command, 'start', start), checkInteger(command, 'stop', stop)],
      1,
    );
  }

  public lrange(key: string, start: number, stop: number): Promise<string[]> {
    return this.indexRange('lrange', key, start, stop);
  }

  public lindex(key: string, index: number): Promise<string | null> {
    return this.callBuilt('lindex', () => [key, checkInteger('lindex', 'index', index)], 1);
  }

  public lset(key: string, index: number, value: RedisValue): Promise<'OK'> {
    return this.callBuilt(
      'lset',
      () => [key, checkInteger('lset', 'index', index), checkValue('lset', value)],
      1,
    );
  }

  public lrem(key: string, count: number, value: RedisValue): Promise<number> {
    return this.callBuilt(
      'lrem',
      () => [key, checkInteger('lrem', 'count', count), checkValue('lrem', value)],
      1,
    );
  }

  public ltrim(key: string, start: number, stop: number): Promise<'OK'> {
    return this.indexRange('ltrim', key, start, stop);
  }

  public lmove(source: string, destination: string, from: ListSide, to: ListSide): Promise<string | null> {
    return this.callBuilt('lmove', () => {
      const keys = [checkKey('lmove', source, 'source'), checkKey('lmove', destination, 'destination')];
      this.topology.checkSameSlot('lmove', keys);
      return [...keys, checkChoice('lmove', 'from', from, sides), checkChoice('lmove', 'to', to, sides)];
    });
  }

  public blpop(keys: RedisKeys, timeoutSeconds: number): Promise<BlockingPopResult | null> {
    return this.blockingPop('blpop', keys, timeoutSeconds);
  }

  public brpop(keys: RedisKeys, timeoutSeconds: number): Promise<BlockingPopResult | null> {
    return this.blockingPop('brpop', keys, timeoutSeconds);
  }

  /** BLPOP/BRPOP on a dedicated connection, so a GET on the shared one is never stuck behind it. */
  protected blockingPop(
    command: 'blpop' | 'brpop',
    keys: RedisKeys,
    timeoutSeconds: number,
  ): Promise<BlockingPopResult | null> {
    return this.checked(
      command,
      () => {
        const list = checkKeys(command, keys);
        if (
          list.length === 0 ||
          typeof timeoutSeconds !== 'number' ||
          !Number.isFinite(timeoutSeconds) ||
          timeoutSeconds < 0
        ) {
          throw new RedisError(
            'INVALID_ARGUMENT',
            `${command.toUpperCase()} needs at least one key and a timeout in seconds >= 0 (0 waits forever).`,
          );
        }
        this.topology.checkSameSlot(command, list);
        return list;
      },
      (list) => this.popBlocking(command, list, timeoutSeconds),
    );
  }

  private async popBlocking(
    command: 'blpop' | 'brpop',
    keys: RedisKey[],
    timeoutSeconds: number,
  ): Promise<BlockingPopResult | null> {
    const waitMs = timeoutSeconds === 0 ? Number.POSITIVE_INFINITY : timeoutSeconds * 1_000;
    const reply = await this.onDedicated(command, keys[0], waitMs, async (connection) => {
      return (await connection.call(command, ...keys, timeoutSeconds)) as [string, string] | null;
    });
    return reply === null ? null : [reply[0].slice(this.keyPrefix.length), reply[1]];
  }
}
