import type { RedisKeyInput } from '../RedisKeys.js';
import type { RedisEntries } from '../RedisValue.js';
import type {
  StreamEntry,
  StreamOffset,
  StreamReadResult,
  StreamTrimOptions,
  XAddOptions,
  XReadOptions,
} from '../commands/StreamTypes.js';
import type { XSetIdOptions } from '../commands/StreamGroupTypes.js';
import type { XInfoStream } from '../commands/StreamInfoTypes.js';
import type { XInfoStreamFull, XInfoStreamFullOptions } from '../commands/StreamInfoFullTypes.js';
import type { IRedisStreamGroupCommands } from './IRedisStreamGroupCommands.js';
import type { IRedisStreamRecoveryCommands } from './IRedisStreamRecoveryCommands.js';

/**
 * Stream commands. Reads over several streams need them in one hash slot (cluster mode, or
 * `strictCrossSlot`), else `CROSS_SLOT`; blocking reads run on a dedicated connection, at most `maxDedicatedConnections` per node; past it a call waits, first come first served, up to half of `commandTimeoutMs` for one to be released.
 */
export interface IRedisStreamCommands extends IRedisStreamGroupCommands, IRedisStreamRecoveryCommands {
  /**
   * XADD.
   * @param key - the stream.
   * @param fields - field to value pairs (at least one).
   * @param options - ID and trimming.
   * @returns the new entry's ID.
   */
  xadd(
    key: RedisKeyInput,
    fields: RedisEntries,
    options?: XAddOptions & { readonly nomkstream?: false },
  ): Promise<string>;
  /**
   * XADD with options only known at run time (`nomkstream` possibly true).
   * @param key - the stream.
   * @param fields - field to value pairs.
   * @param options - `nomkstream`, ID and trimming.
   * @returns the new entry's ID, or `null` when `nomkstream` is true and the stream does not exist.
   */
  xadd(key: RedisKeyInput, fields: RedisEntries, options?: XAddOptions): Promise<string | null>;
  /**
   * XRANGE.
   * @param key - the stream.
   * @param start - lowest ID, inclusive (`'('` prefix excludes). Default `'-'`.
   * @param end - highest ID, inclusive. Default `'+'`.
   * @param count - at most this many entries.
   * @returns the entries, oldest first.
   */
  xrange(key: RedisKeyInput, start?: string, end?: string, count?: number): Promise<StreamEntry[]>;
  /**
   * XREVRANGE.
   * @param key - the stream.
   * @param end - highest ID. Default `'+'`.
   * @param start - lowest ID. Default `'-'`.
   * @param count - at most this many entries.
   * @returns the entries, newest first.
   */
  xrevrange(key: RedisKeyInput, end?: string, start?: string, count?: number): Promise<StreamEntry[]>;
  /**
   * XLEN.
   * @param key - the stream.
   * @returns the number of entries.
   */
  xlen(key: RedisKeyInput): Promise<number>;
  /**
   * XTRIM.
   * @param key - the stream.
   * @param trim - by MAXLEN or MINID, exact or approximate.
   * @returns how many entries were removed.
   */
  xtrim(key: RedisKeyInput, trim: StreamTrimOptions): Promise<number>;
  /**
   * XDEL.
   * @param key - the stream.
   * @param ids - one ID or several.
   * @returns how many entries were removed.
   */
  xdel(key: RedisKeyInput, ids: string | readonly string[]): Promise<number>;
  /**
   * XREAD, without a consumer group.
   * @param streams - the streams and the ID to read after each (`'$'` for only new entries).
   * @param options - COUNT and BLOCK (milliseconds, on a dedicated connection).
   * @returns entries per stream that had some; `[]` when none arrived before the block timeout.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` when the streams are in
   * different slots (cluster, or `strictCrossSlot`); with BLOCK, `COMMAND_TIMEOUT` naming
   * `maxDedicatedConnections` when every dedicated connection to that node stays busy.
   */
  xread(streams: readonly StreamOffset[], options?: XReadOptions): Promise<StreamReadResult[]>;
  /**
   * XREAD of streams given by Buffer keys (or a mix): like the form above.
   *
   * @remarks
   * Each result's `key` is the key as given in `streams`, the same string or Buffer, so a key that is not
   * UTF-8 text comes back as its bytes (also through `redis.bytes.xread`).
   * @param streams - the streams (keys text or Buffers) and the ID to read after each.
   * @param options - COUNT and BLOCK (milliseconds, on a dedicated connection).
   * @returns entries per stream that had some, keyed as given; `[]` when none arrived before the block timeout.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for a key that is neither
   * a string nor a Buffer; `CROSS_SLOT` when the streams are in different slots (cluster, or
   * `strictCrossSlot`), the slots computed from the bytes; both before anything is sent. With BLOCK,
   * `COMMAND_TIMEOUT` as above.
   */
  xread(
    streams: readonly StreamOffset<RedisKeyInput>[],
    options?: XReadOptions,
  ): Promise<StreamReadResult<RedisKeyInput>[]>;

  /**
   * XINFO STREAM (the summary form; see {@link IRedisStreamCommands.xinfoStreamFull} for FULL).
   * @param key - the stream.
   * @returns length, radix tree sizes, last generated ID, max deleted ID, entries added, group count,
   * first and last entry.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `SERVER_ERROR` when the stream does not
   *   exist.
   */
  xinfoStream(key: RedisKeyInput): Promise<XInfoStream>;
  /**
   * XINFO STREAM … FULL: the stream with its entries, consumer groups, consumers and pending entries
   * (consumer recovery tooling, migration checks).
   * @param key - the stream.
   * @param options - COUNT (default 10 on the server; `0`: everything, slow on a big stream).
   * @returns the stream's full description.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` when `count` is not a
   * whole number ≥ 0 (nothing is sent); `SERVER_ERROR` when the stream does not exist; `WRONG_TYPE` when the
   * key is not a stream.
   */
  xinfoStreamFull(key: string, options?: XInfoStreamFullOptions): Promise<XInfoStreamFull>;
  /**
   * XSETID: set the stream's last generated ID (replication and restore tooling).
   * @param key - the stream (it must exist).
   * @param lastId - the new last ID, not below the stream's top entry.
   * @param options - ENTRIESADDED and MAXDELETEDID.
   * @returns `'OK'`.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `SERVER_ERROR` for a missing stream or an ID
   *   below the top entry.
   */
  xsetid(key: RedisKeyInput, lastId: string, options?: XSetIdOptions): Promise<'OK'>;
}
