import type { XInfoStreamCounters } from './StreamInfoTypes.js';
import type { StreamEntry } from './StreamTypes.js';

/** Options of `xinfoStreamFull` (XINFO STREAM … FULL). */
export interface XInfoStreamFullOptions {
  /**
   * COUNT: at most this many entries, and pending entries per group and per consumer (the server's
   * default is 10); `0` lists them all, which on a big stream is slow and blocks the server meanwhile.
   */
  readonly count?: number;
}

/** One entry of a group's pending entries list, as XINFO STREAM FULL reports it. */
export interface XInfoFullGroupPending {
  /** The entry ID. */
  readonly id: string;
  /** The consumer holding it. */
  readonly consumer: string;
  /** When it was last delivered (Unix time, milliseconds). */
  readonly deliveredAt: number;
  /** How many times it was delivered. */
  readonly deliveryCount: number;
}

/** One entry of a consumer's pending entries list, as XINFO STREAM FULL reports it. */
export interface XInfoFullConsumerPending {
  /** The entry ID. */
  readonly id: string;
  /** When it was last delivered (Unix time, milliseconds). */
  readonly deliveredAt: number;
  /** How many times it was delivered. */
  readonly deliveryCount: number;
}

/** One consumer of a group in XINFO STREAM FULL. */
export interface XInfoFullConsumer {
  /** The consumer name. */
  readonly name: string;
  /** When it last tried to read or claim (Unix time, milliseconds; Redis `seen-time`). */
  readonly seenTime: number;
  /** When it last read or claimed successfully (Redis 7.2+ `active-time`; absent before). */
  readonly activeTime?: number;
  /** How many entries it holds unacknowledged. */
  readonly pelCount: number;
  /** Its pending entries (at most `count`). */
  readonly pending: readonly XInfoFullConsumerPending[];
}

/** One consumer group in XINFO STREAM FULL. */
export interface XInfoFullGroup {
  /** The group name. */
  readonly name: string;
  /** The last ID delivered to the group. */
  readonly lastDeliveredId: string;
  /** Entries the group has read; `null` when Redis cannot tell. */
  readonly entriesRead: number | null;
  /** Entries not yet delivered to the group; `null` when Redis cannot tell. */
  readonly lag: number | null;
  /** How many entries are delivered and not acknowledged. */
  readonly pelCount: number;
  /** Its pending entries (at most `count`). */
  readonly pending: readonly XInfoFullGroupPending[];
  /** Its consumers. */
  readonly consumers: readonly XInfoFullConsumer[];
}

/** XINFO STREAM … FULL: the stream with its entries, groups, consumers and pending entries. */
export interface XInfoStreamFull extends XInfoStreamCounters {
  /** The ID of the first entry the stream recorded (`'0-0'` for an empty stream). */
  readonly recordedFirstEntryId: string;
  /** The entries, oldest first (at most `count`). */
  readonly entries: readonly StreamEntry[];
  /** The consumer groups. */
  readonly groups: readonly XInfoFullGroup[];
}
