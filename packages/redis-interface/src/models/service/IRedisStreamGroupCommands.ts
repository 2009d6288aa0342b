import type { RedisKeyInput } from '../RedisKeys.js';
import type { XGroupSetIdOptions } from '../commands/StreamGroupTypes.js';
import type { XInfoConsumer, XInfoGroup } from '../commands/StreamInfoTypes.js';
import type {
  StreamOffset,
  StreamReadResult,
  XGroupCreateOptions,
  XReadGroupOptions,
} from '../commands/StreamTypes.js';

/**
 * Stream consumer group commands; part of {@link IRedisStreamCommands}. Entries are delivered at least once:
 * acknowledge them with `xack` once processed. Each runs on the node of its stream (one key; several
 * streams of `xreadgroup` must share a slot). All but `xreadgroup` can be queued on pipelines and
 * transactions. A missing stream or group rejects with `SERVER_ERROR` (NOGROUP) unless said otherwise.
 */
export interface IRedisStreamGroupCommands {
  /**
   * XGROUP CREATE. Idempotent: an existing group (BUSYGROUP) is not an error.
   * @param key - the stream.
   * @param group - the group name.
   * @param id - the last delivered ID to start from: `'$'` (default) for only new entries, `'0'` for all.
   * @param options - MKSTREAM.
   * @returns `true` when the group was created, `false` when it already existed.
   */
  xgroupCreate(
    key: RedisKeyInput,
    group: string,
    id?: string,
    options?: XGroupCreateOptions,
  ): Promise<boolean>;
  /**
   * XREADGROUP.
   * @param group - the group.
   * @param consumer - this consumer's name (created on first use).
   * @param streams - the streams, each with `'>'` for new entries or an ID to re-read this consumer's
   * pending ones. Several streams must share one hash slot.
   * @param options - COUNT, BLOCK (milliseconds, on a dedicated connection) and NOACK.
   * @returns entries per stream that had some; `[]` when none arrived before the block timeout.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `CROSS_SLOT` (cluster, or `strictCrossSlot`)
   * before anything is sent; `SERVER_ERROR` when the group does not exist (NOGROUP); with BLOCK,
   * `COMMAND_TIMEOUT` naming `maxDedicatedConnections` when every dedicated connection to that node stays
   * busy.
   */
  xreadgroup(
    group: string,
    consumer: string,
    streams: readonly StreamOffset[],
    options?: XReadGroupOptions,
  ): Promise<StreamReadResult[]>;
  /**
   * XREADGROUP of streams given by Buffer keys (or a mix): like the form above. Each result's `key` is the
   * key as given in `streams`, the same string or Buffer.
   * @param group - the group.
   * @param consumer - this consumer's name.
   * @param streams - the streams (keys text or Buffers), each with `'>'` or an ID.
   * @param options - COUNT, BLOCK and NOACK.
   * @returns entries per stream that had some, keyed as given; `[]` when none arrived before the block timeout.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for a key that is neither
   * a string nor a Buffer; `CROSS_SLOT` (slots from the bytes); both before anything is sent. `SERVER_ERROR`
   * and `COMMAND_TIMEOUT` as above.
   */
  xreadgroup(
    group: string,
    consumer: string,
    streams: readonly StreamOffset<RedisKeyInput>[],
    options?: XReadGroupOptions,
  ): Promise<StreamReadResult<RedisKeyInput>[]>;
  /**
   * XACK.
   * @param key - the stream.
   * @param group - the group.
   * @param ids - one ID or several.
   * @returns how many were acknowledged (pending before).
   */
  xack(key: RedisKeyInput, group: string, ids: string | readonly string[]): Promise<number>;

  /**
   * XGROUP CREATECONSUMER.
   * @param key - the stream.
   * @param group - the group.
   * @param consumer - the consumer name.
   * @returns `true` when it was created, `false` when it existed.
   */
  xgroupCreateconsumer(key: RedisKeyInput, group: string, consumer: string): Promise<boolean>;
  /**
   * XGROUP DELCONSUMER: its pending entries are dropped from the group's pending list (claim them first
   * with `xclaim`/`xautoclaim` to keep them).
   * @param key - the stream.
   * @param group - the group.
   * @param consumer - the consumer name.
   * @returns how many pending entries it held (`0` for an unknown consumer).
   */
  xgroupDelconsumer(key: RedisKeyInput, group: string, consumer: string): Promise<number>;
  /**
   * XGROUP SETID: move the group's last delivered ID (re-read from `'0'`, or skip to `'$'`).
   * @param key - the stream.
   * @param group - the group.
   * @param id - the new last delivered ID, or `'$'`.
   * @param options - ENTRIESREAD.
   * @returns `'OK'`.
   */
  xgroupSetid(key: RedisKeyInput, group: string, id: string, options?: XGroupSetIdOptions): Promise<'OK'>;
  /**
   * XGROUP DESTROY: the group and its pending list are removed.
   * @param key - the stream.
   * @param group - the group.
   * @returns `true` when it existed, `false` otherwise (a missing stream rejects with `SERVER_ERROR`).
   */
  xgroupDestroy(key: RedisKeyInput, group: string): Promise<boolean>;
  /**
   * XINFO GROUPS.
   * @param key - the stream.
   * @returns each group with its consumer count, pending count, last delivered ID, entries read and lag.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `SERVER_ERROR` when the stream does not
   *   exist.
   */
  xinfoGroups(key: RedisKeyInput): Promise<XInfoGroup[]>;
  /**
   * XINFO CONSUMERS.
   * @param key - the stream.
   * @param group - the group.
   * @returns each consumer with its pending count and idle time.
   */
  xinfoConsumers(key: RedisKeyInput, group: string): Promise<XInfoConsumer[]>;
}
