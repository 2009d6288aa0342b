import {
  RedisError,
  type IRedisStreamCommands,
  type RedisEntries,
  type StreamEntry,
  type StreamOffset,
  type StreamReadResult,
  type StreamTrimOptions,
  type XAddOptions,
  type XGroupCreateOptions,
  type XReadGroupOptions,
  type XReadOptions,
} from '@org/redis-interface';
import { checkValue, entryList, flatEntries } from '../../calculations/arguments.js';
import { toStreamEntries, toStreamReadResults } from '../../calculations/replies.js';
import { streamReadArguments, trimArguments } from '../../calculations/streamArguments.js';
import type { RedisArgument } from '../../models/DriverTopology.js';
import { SortedSetCommands } from './SortedSetCommands.js';

type RawEntries = [string, string[] | null][];
type RawRead = [string, RawEntries][] | null;

/** Stream commands. XREAD/XREADGROUP over several streams need one slot; BLOCK uses a dedicated connection. */
export abstract class StreamCommands extends SortedSetCommands implements IRedisStreamCommands {
  public xadd(
    key: string,
    fields: RedisEntries,
    options?: XAddOptions & { readonly nomkstream?: false },
  ): Promise<string>;
  public xadd(key: string, fields: RedisEntries, options: XAddOptions): Promise<string | null>;
  public async xadd(key: string, fields: RedisEntries, options: XAddOptions = {}): Promise<string | null> {
    const list = entryList('xadd', fields);
    list.forEach(([, value]) => checkValue('xadd', value));
    const args: RedisArgument[] = [key];
    if (options.nomkstream === true) args.push('NOMKSTREAM');
    if (options.trim !== undefined) args.push(...trimArguments('XADD', options.trim));
    return this.call('xadd', [...args, options.id ?? '*', ...flatEntries(list)]);
  }

  public async xrange(key: string, start = '-', end = '+', count?: number): Promise<StreamEntry[]> {
    const args = [key, start, end, ...(count === undefined ? [] : ['COUNT', count])];
    return toStreamEntries(await this.call<RawEntries>('xrange', args));
  }

  public async xrevrange(key: string, end = '+', start = '-', count?: number): Promise<StreamEntry[]> {
    const args = [key, end, start, ...(count === undefined ? [] : ['COUNT', count])];
    return toStreamEntries(await this.call<RawEntries>('xrevrange', args));
  }

  public xlen(key: string): Promise<number> {
    return this.call('xlen', [key]);
  }

  public async xtrim(key: string, trim: StreamTrimOptions): Promise<number> {
    return this.call('xtrim', [key, ...trimArguments('XTRIM', trim)]);
  }

  public async xdel(key: string, ids: string | readonly string[]): Promise<number> {
    const list = typeof ids === 'string' ? [ids] : [...ids];
    return list.length === 0 ? 0 : this.call('xdel', [key, ...list]);
  }

  public async xread(
    streams: readonly StreamOffset[],
    options: XReadOptions = {},
  ): Promise<StreamReadResult[]> {
    return this.readStreams('xread', [], streams, options);
  }

  public async xgroupCreate(
    key: string,
    group: string,
    id = '$',
    options: XGroupCreateOptions = {},
  ): Promise<boolean> {
    try {
      await this.call('xgroup', [
        'CREATE',
        key,
        group,
        id,
        ...(options.mkstream === true ? ['MKSTREAM'] : []),
      ]);
      return true;
    } catch (error) {
      // An existing group is the expected outcome of "create if missing", not a failure.
      if (RedisError.is(error, 'SERVER_ERROR') && error.message.includes('BUSYGROUP')) return false;
      throw error;
    }
  }

  public async xreadgroup(
    group: string,
    consumer: string,
    streams: readonly StreamOffset[],
    options: XReadGroupOptions = {},
  ): Promise<StreamReadResult[]> {
    return this.readStreams('xreadgroup', ['GROUP', group, consumer], streams, options);
  }

  public async xack(key: string, group: string, ids: string | readonly string[]): Promise<number> {
    const list = typeof ids === 'string' ? [ids] : [...ids];
    return list.length === 0 ? 0 : this.call('xack', [key, group, ...list]);
  }

  /** XREAD/XREADGROUP; with BLOCK on a dedicated connection so the shared one never waits. */
  private async readStreams(
    command: 'xread' | 'xreadgroup',
    prefix: RedisArgument[],
    streams: readonly StreamOffset[],
    options: XReadGroupOptions,
  ): Promise<StreamReadResult[]> {
    const args = [...prefix, ...streamReadArguments(command.toUpperCase(), streams, options)];
    this.topology.checkSameSlot(
      command,
      streams.map((stream) => stream.key),
    );
    if (options.block === undefined)
      return toStreamReadResults(await this.call<RawRead>(command, args), this.keyPrefix);
    const waitMs = options.block === 0 ? Number.POSITIVE_INFINITY : options.block;
    const reply = await this.onDedicated(command, streams[0]?.key, waitMs, async (connection) => {
      return (await connection.call(command, ...args)) as RawRead;
    });
    return toStreamReadResults(reply, this.keyPrefix);
  }
}
