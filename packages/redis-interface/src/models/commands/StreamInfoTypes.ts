import type { StreamEntry } from './StreamTypes.js';

/** The counters XINFO STREAM reports in both forms (summary and FULL). */
export interface XInfoStreamCounters {
  /** Number of entries. */
  readonly length: number;
  /** Keys in the underlying radix tree. */
  readonly radixTreeKeys: number;
  /** Nodes in the underlying radix tree. */
  readonly radixTreeNodes: number;
  /** The ID of the last entry added (it may have been deleted since). */
  readonly lastGeneratedId: string;
  /** The highest ID ever deleted; `'0-0'` when none was. */
  readonly maxDeletedEntryId: string;
  /** How many entries were ever added. */
  readonly entriesAdded: number;
}

/**
 * What `xinfoStream` resolves (XINFO STREAM). Integers are numbers; Redis 7.0 fields.
 */
export interface XInfoStream extends XInfoStreamCounters {
  /** Number of consumer groups. */
  readonly groups: number;
  /** The first entry; `null` for an empty stream. */
  readonly firstEntry: StreamEntry | null;
  /** The last entry; `null` for an empty stream. */
  readonly lastEntry: StreamEntry | null;
}

/**
 * One consumer group of `xinfoGroups` (XINFO GROUPS).
 */
export interface XInfoGroup {
  /** The group name. */
  readonly name: string;
  /** Number of consumers. */
  readonly consumers: number;
  /** Entries delivered and not acknowledged. */
  readonly pending: number;
  /** The last ID delivered to the group. */
  readonly lastDeliveredId: string;
  /** Entries the group has read; `null` when Redis cannot tell (after some XGROUP SETID, XDEL). */
  readonly entriesRead: number | null;
  /** Entries not yet delivered to the group; `null` when Redis cannot tell. */
  readonly lag: number | null;
}

/**
 * One consumer of `xinfoConsumers` (XINFO CONSUMERS).
 */
export interface XInfoConsumer {
  /** The consumer name. */
  readonly name: string;
  /** Entries it holds unacknowledged. */
  readonly pending: number;
  /** Milliseconds since it last tried to read or claim (Redis `idle`). */
  readonly idleMs: number;
  /** Milliseconds since it last read or claimed successfully (Redis 7.2+ `inactive`; absent before). */
  readonly inactiveMs?: number;
}
