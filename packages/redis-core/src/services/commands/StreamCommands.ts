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
import {
  checkFlag,
  checkKey,
  checkOptions,
  checkString,
  checkWholeNumber,
  invalidArgument,
} from '../../calculations/checks.js';
import { toStreamEntries, toStreamReadResults } from '../../calculations/replies.js';
import {
  streamKeys,
  streamReadArguments,
  trimArguments,
  xaddArguments,
} from '../../calculations/streamArguments.js';
import type { RedisArgument } from '../../models/DriverTopology.js';
import { CommandBase } from './CommandBase.js';

type RawEntries = [string, string[] | null][];
type RawRead = [string, RawEntries][] | null;

/** Stream commands. XREAD/XREADGROUP over several streams need one slot; BLOCK uses a dedicated connection. */
export abstract class StreamCommands extends CommandBase implements IRedisStreamCommands {
  public xadd(
    key: string,
    fields: RedisEntries,
    options?: XAddOptions & { readonly nomkstream?: false },
  ): Promise<string>;
  public xadd(key: string, fields: RedisEntries, options: XAddOptions): Promise<string | null>;
  public xadd(key: string, fields: RedisEntries, options?: XAddOptions): Promise<string | null> {
    return this.callBuilt('xadd', () => xaddArguments(key, fields, options), 1);
  }

  /** XRANGE/XREVRANGE `key from to [COUNT n]`. */
  private async range(
    command: 'xrange' | 'xrevrange',
    key: string,
    from: string,
    to: string,
    count?: number,
  ): Promise<StreamEntry[]> {
    const [fromName, toName] = command === 'xrange' ? ['start', 'end'] : ['end', 'start'];
    const reply = await this.callBuilt<RawEntries>(
      command,
      () => [
        key,
        checkString(command, fromName, from),
        checkString(command, toName, to),
        ...(count === undefined ? [] : ['COUNT', checkWholeNumber(command, 'count', count, 1)]),
      ],
      1,
    );
    return toStreamEntries(reply);
  }

  public xrange(key: string, start = '-', end = '+', count?: number): Promise<StreamEntry[]> {
    return this.range('xrange', key, start, end, count);
  }

  public xrevrange(key: string, end = '+', start = '-', count?: number): Promise<StreamEntry[]> {
    return this.range('xrevrange', key, end, start, count);
  }

  public xlen(key: string): Promise<number> {
    return this.send('xlen', [key], 1);
  }

  public xtrim(key: string, trim: StreamTrimOptions): Promise<number> {
    return this.callBuilt('xtrim', () => [key, ...trimArguments('XTRIM', trim)], 1);
  }

  /** XDEL/XACK `key [group] id…`; no IDs resolves `0` without a round trip. */
  private withIds(
    command: 'xdel' | 'xack',
    head: readonly unknown[],
    ids: string | readonly string[],
  ): Promise<number> {
    return this.checked(
      command,
      () => {
        if (typeof ids !== 'string' && !Array.isArray(ids))
          throw invalidArgument(command, 'ids', ids, 'an ID or an array of IDs');
        const list: readonly unknown[] = typeof ids === 'string' ? [ids] : ids;
        const [key, group] = head;
        const args = [
          checkKey(command, key),
          ...(head.length > 1 ? [checkString(command, 'group', group)] : []),
        ];
        return list.length === 0
          ? []
          : [...args, ...list.map((id, index) => checkString(command, `ids[${index}]`, id))];
      },
      (args) => (args.length === 0 ? Promise.resolve(0) : this.send<number>(command, args, 1)),
    );
  }

  public xdel(key: string, ids: string | readonly string[]): Promise<number> {
    return this.withIds('xdel', [key], ids);
  }

  public xread(streams: readonly StreamOffset[], options?: XReadOptions): Promise<StreamReadResult[]> {
    return this.readStreams('xread', () => [], streams, options);
  }

  public async xgroupCreate(
    key: string,
    group: string,
    id = '$',
    options?: XGroupCreateOptions,
  ): Promise<boolean> {
    try {
      await this.callBuilt('xgroup', () => {
        const mkstream = checkFlag(
          'xgroupCreate',
          'options.mkstream',
          checkOptions('xgroupCreate', options).mkstream,
        );
        return [
          'CREATE',
          checkKey('xgroupCreate', key),
          checkString('xgroupCreate', 'group', group),
          checkString('xgroupCreate', 'id', id),
          ...(mkstream ? ['MKSTREAM'] : []),
        ];
      });
      return true;
    } catch (error) {
      // An existing group is the expected outcome of "create if missing", not a failure.
      if (RedisError.is(error, 'GROUP_EXISTS')) return false;
      throw error;
    }
  }

  public xreadgroup(
    group: string,
    consumer: string,
    streams: readonly StreamOffset[],
    options?: XReadGroupOptions,
  ): Promise<StreamReadResult[]> {
    const prefix = () => [
      'GROUP',
      checkString('xreadgroup', 'group', group),
      checkString('xreadgroup', 'consumer', consumer),
    ];
    return this.readStreams('xreadgroup', prefix, streams, options);
  }

  public xack(key: string, group: string, ids: string | readonly string[]): Promise<number> {
    return this.withIds('xack', [key, group], ids);
  }

  /** XREAD/XREADGROUP; with BLOCK on a dedicated connection so the shared one never waits. */
  private readStreams(
    command: 'xread' | 'xreadgroup',
    prefix: () => RedisArgument[],
    streams: readonly StreamOffset[],
    options: XReadGroupOptions | undefined,
  ): Promise<StreamReadResult[]> {
    return this.checked(
      command,
      () => {
        const args = [...prefix(), ...streamReadArguments(command.toUpperCase(), streams, options)];
        this.topology.checkSameSlot(command, streamKeys(command, streams));
        return args;
      },
      async (args) => {
        const block = options?.block;
        if (block === undefined)
          return toStreamReadResults(await this.send<RawRead>(command, args), this.keyPrefix);
        const waitMs = block === 0 ? Number.POSITIVE_INFINITY : block;
        const reply = await this.onDedicated(command, streams[0]?.key, waitMs, async (connection) => {
          return (await connection.call(command, ...args)) as RawRead;
        });
        return toStreamReadResults(reply, this.keyPrefix);
      },
    );
  }
}
