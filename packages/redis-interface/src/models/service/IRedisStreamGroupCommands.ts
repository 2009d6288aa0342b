import type {
  StreamOffset,
  StreamReadResult,
  XGroupCreateOptions,
  XReadGroupOptions,
} from '../commands/StreamTypes.js';

/**
 * Stream consumer group commands; part of {@link IRedisStreamCommands}. Entries are delivered at least once:
 * acknowledge them with `xack` once processed.
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
  xgroupCreate(key: string, group: string, id?: string, options?: XGroupCreateOptions): Promise<boolean>;
  /**
   * XREADGROUP.
   * @param group - the group.
   * @param consumer - this consumer's name (created on first use).
   * @param streams - the streams, each with `'>'` for new entries or an ID to re-read this consumer's
   * pending ones. Several streams must share one hash slot.
   * @param options - COUNT, BLOCK (milliseconds, on a dedicated connection) and NOACK.
   * @returns entries per stream that had some; `[]` when none arrived before the block timeout.
   * @throws {@link RedisError} `CROSS_SLOT` (cluster, or `strictCrossSlot`) before anything is sent;
   * `SERVER_ERROR` when the group does not exist (NOGROUP); with BLOCK, `COMMAND_TIMEOUT` naming `maxDedicatedConnections` when every dedicated connection to that node stays busy.
   */
  xreadgroup(
    group: string,
    consumer: string,
    streams: readonly StreamOffset[],
    options?: XReadGroupOptions,
  ): Promise<StreamReadResult[]>;
  /**
   * XACK.
   * @param key - the stream.
   * @param group - the group.
   * @param ids - one ID or several.
   * @returns how many were acknowledged (pending before).
   */
  xack(key: string, group: string, ids: string | readonly string[]): Promise<number>;
}
