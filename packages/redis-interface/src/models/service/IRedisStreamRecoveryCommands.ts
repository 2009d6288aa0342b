import type { RedisKeyInput } from '../RedisKeys.js';
import type { StreamEntry } from '../commands/StreamTypes.js';
import type {
  XAutoClaimIdsResult,
  XAutoClaimOptions,
  XAutoClaimResult,
  XClaimOptions,
  XPendingEntry,
  XPendingRange,
  XPendingSummary,
} from '../commands/StreamGroupTypes.js';

/**
 * Recovering a consumer group's pending entries: what was delivered and not acknowledged, and
 * moving it to another consumer (a crashed consumer's work). Part of {@link IRedisStreamCommands}.
 * Each runs on the node of its stream (one key) and can be queued on pipelines and transactions.
 * Each rejects with `SERVER_ERROR` when the stream or group does not exist (NOGROUP).
 */
export interface IRedisStreamRecoveryCommands {
  /**
   * XPENDING, summary form.
   * @param key - the stream.
   * @param group - the group.
   * @returns how many entries are pending, the lowest and highest pending IDs, and per consumer.
   */
  xpending(key: RedisKeyInput, group: string): Promise<XPendingSummary>;
  /**
   * XPENDING, extended form: the pending entries themselves.
   * @param key - the stream.
   * @param group - the group.
   * @param range - start, end, count (required), and optionally one consumer and a minimum idle time.
   * @returns the pending entries in ID order, with consumer, idle time and delivery count.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for a missing or bad
   *   `count`, bad bounds or idle.
   */
  xpending(key: RedisKeyInput, group: string, range: XPendingRange): Promise<XPendingEntry[]>;
  /**
   * XPENDING: the summary without `range`, the entries with it (the two overloads above).
   * @param key - the stream.
   * @param group - the group.
   * @param range - the extended form's range.
   * @returns the summary or the entries.
   */
  xpending(
    key: RedisKeyInput,
    group: string,
    range?: XPendingRange,
  ): Promise<XPendingSummary | XPendingEntry[]>;
  /**
   * XCLAIM: take pending entries idle for at least `minIdleMs` over to `consumer`.
   * @param key - the stream.
   * @param group - the group.
   * @param consumer - the new owner (created on first use).
   * @param minIdleMs - only entries idle at least this long move (so two claimers do not both win).
   * @param ids - one ID or several (at least one).
   * @param options - IDLE or TIME, RETRYCOUNT, FORCE, LASTID.
   * @returns the claimed entries (deleted ones are dropped from the pending list and not returned).
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for no ID, both `idle`
   *   and `time`, or a bad option.
   */
  xclaim(
    key: RedisKeyInput,
    group: string,
    consumer: string,
    minIdleMs: number,
    ids: string | readonly string[],
    options?: XClaimOptions & { readonly justid?: false },
  ): Promise<StreamEntry[]>;
  /**
   * XCLAIM … JUSTID: like the form above; the delivery count is not incremented.
   * @param key - the stream.
   * @param group - the group.
   * @param consumer - the new owner.
   * @param minIdleMs - minimum idle time of the entries that move.
   * @param ids - one ID or several.
   * @param options - `justid: true` and the other options.
   * @returns the claimed IDs.
   */
  xclaim(
    key: RedisKeyInput,
    group: string,
    consumer: string,
    minIdleMs: number,
    ids: string | readonly string[],
    options: XClaimOptions & { readonly justid: true },
  ): Promise<string[]>;
  /**
   * XCLAIM, either form (the two overloads above).
   * @param key - the stream.
   * @param group - the group.
   * @param consumer - the new owner.
   * @param minIdleMs - minimum idle time of the entries that move.
   * @param ids - one ID or several.
   * @param options - the options.
   * @returns the entries, or the IDs with `justid`.
   */
  xclaim(
    key: RedisKeyInput,
    group: string,
    consumer: string,
    minIdleMs: number,
    ids: string | readonly string[],
    options?: XClaimOptions,
  ): Promise<StreamEntry[] | string[]>;
  /**
   * XAUTOCLAIM: scan the pending list from `start` and claim entries idle for at least
   * `minIdleMs` for `consumer` (XPENDING + XCLAIM in one step). Loop with `next` until it is `'0-0'`.
   * @param key - the stream.
   * @param group - the group.
   * @param consumer - the new owner (created on first use).
   * @param minIdleMs - minimum idle time of the entries that move.
   * @param start - the ID to scan from: `'0-0'` first, then the previous `next`.
   * @param options - COUNT.
   * @returns the next start, the claimed entries, and the IDs that were deleted from the stream.
   * @throws {@link @org/redis-interface!RedisError | RedisError} `INVALID_ARGUMENT` for a bad option.
   */
  xautoclaim(
    key: RedisKeyInput,
    group: string,
    consumer: string,
    minIdleMs: number,
    start: string,
    options?: XAutoClaimOptions & { readonly justid?: false },
  ): Promise<XAutoClaimResult>;
  /**
   * XAUTOCLAIM … JUSTID: like the form above; the delivery count is not incremented.
   * @param key - the stream.
   * @param group - the group.
   * @param consumer - the new owner.
   * @param minIdleMs - minimum idle time of the entries that move.
   * @param start - the ID to scan from.
   * @param options - `justid: true` and COUNT.
   * @returns the next start, the claimed IDs, and the deleted IDs.
   */
  xautoclaim(
    key: RedisKeyInput,
    group: string,
    consumer: string,
    minIdleMs: number,
    start: string,
    options: XAutoClaimOptions & { readonly justid: true },
  ): Promise<XAutoClaimIdsResult>;
  /**
   * XAUTOCLAIM, either form (the two overloads above).
   * @param key - the stream.
   * @param group - the group.
   * @param consumer - the new owner.
   * @param minIdleMs - minimum idle time of the entries that move.
   * @param start - the ID to scan from.
   * @param options - COUNT and JUSTID.
   * @returns the entries form, or the IDs form with `justid`.
   */
  xautoclaim(
    key: RedisKeyInput,
    group: string,
    consumer: string,
    minIdleMs: number,
    start: string,
    options?: XAutoClaimOptions,
  ): Promise<XAutoClaimResult | XAutoClaimIdsResult>;
}
