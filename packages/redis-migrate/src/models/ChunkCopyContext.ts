import type { IRedisService, RedisValue } from '@org/redis-interface';

/** What a per-type chunk copier is given: the two keys and how to talk to each side. */
export interface ChunkCopyContext {
  /**
   * Send a read about the source key: Buffer replies. Throttled by `beforeSourceCommand`; a
   * `WRONG_TYPE` or `no such key` answer becomes `SourceKeyChanged`.
   */
  readonly read: (command: string, ...args: readonly RedisValue[]) => Promise<unknown>;
  /** Send a write about the temporary key to the target (text replies). */
  readonly write: (command: string, ...args: readonly RedisValue[]) => Promise<unknown>;
  /** The target service, for scripts. */
  readonly target: IRedisService;
  /** The source key, without the source's prefix. */
  readonly key: Buffer;
  /** The temporary key on the target, without the target's prefix, in the real key's slot. */
  readonly temp: Buffer;
  /** Elements per chunk. */
  readonly chunk: number;
}

/** What a chunk copier moved. */
export interface ChunkTotals {
  /** Elements added to the temporary key. */
  readonly elements: number;
  /** Payload bytes read from the source. */
  readonly bytes: number;
}
