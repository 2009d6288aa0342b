import type { RedisKeyInput } from '../RedisKeys.js';

/**
 * One stream entry.
 */
export interface StreamEntry {
  /** Entry ID, `<ms>-<seq>`. */
  readonly id: string;
  /** Its fields. `{}` for a pending entry that was deleted from the stream since it was delivered. */
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * Entries read from one stream by `xread`/`xreadgroup`.
 *
 * @typeParam K - the type of the stream keys given: `string`, or {@link RedisKeyInput} when some were Buffers.
 */
export interface StreamReadResult<K extends RedisKeyInput = string> {
  /**
   * The stream key, without `keyPrefix`: the key as it was given in `streams` (the same string, or the same
   * Buffer), in the text and bytes views alike.
   */
  readonly key: K;
  /** The entries, oldest first. */
  readonly entries: readonly StreamEntry[];
}

/**
 * A stream to read and the ID to read after (`xread`), or `'>'` for never-delivered entries and an ID for
 * this consumer's pending ones (`xreadgroup`).
 *
 * @typeParam K - the key's type: `string` (the default), or {@link RedisKeyInput} to allow Buffer keys.
 */
export interface StreamOffset<K extends RedisKeyInput = string> {
  /**
   * Stream key, without `keyPrefix`: text or a Buffer (hashed on its bytes, prefix included, for the slot
   * in cluster mode); anything else is `INVALID_ARGUMENT` before sending.
   */
  readonly key: K;
  /** ID to read after, `'$'` (only new, `xread`) or `'>'` (`xreadgroup`). */
  readonly id: string;
}

/**
 * How to trim a stream: by length or by minimum ID (exactly one).
 */
export type StreamTrimOptions = (
  | {
      /** Keep at most this many entries (MAXLEN). */
      readonly maxLen: number;
      /** Not together with `maxLen`. */
      readonly minId?: never;
    }
  | {
      /** Not together with `minId`. */
      readonly maxLen?: never;
      /** Drop entries with a lower ID (MINID). */
      readonly minId: string;
    }
) & {
  /** Trim lazily (`~`): faster, may keep a few more entries. Default `false`. */
  readonly approximate?: boolean;
};

/**
 * Options of `xadd`.
 */
export interface XAddOptions {
  /** Explicit entry ID. Default `'*'` (the server assigns one). */
  readonly id?: string;
  /** Do not create the stream if it does not exist (NOMKSTREAM); `xadd` then resolves `null`. */
  readonly nomkstream?: boolean;
  /** Trim the stream in the same command. */
  readonly trim?: StreamTrimOptions;
}

/**
 * Options of `xread` and `xreadgroup`.
 */
export interface XReadOptions {
  /** At most this many entries per stream. */
  readonly count?: number;
  /**
   * Wait up to this many milliseconds for entries (BLOCK); `0` waits forever. Blocking reads run on a
   * dedicated connection and never hold up other commands.
   */
  readonly block?: number;
}

/**
 * Options of `xreadgroup`.
 */
export interface XReadGroupOptions extends XReadOptions {
  /** Acknowledge on delivery (NOACK): entries never enter the pending list. Default `false`. */
  readonly noack?: boolean;
}

/**
 * Options of `xgroupCreate`.
 */
export interface XGroupCreateOptions {
  /** Create the stream if it does not exist (MKSTREAM). Default `false`. */
  readonly mkstream?: boolean;
}
