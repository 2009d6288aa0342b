import type { StreamEntry } from './StreamTypes.js';

/**
 * What `xpending(key, group)` resolves (XPENDING summary form).
 */
export interface XPendingSummary {
  /** How many entries are delivered and not acknowledged. */
  readonly count: number;
  /** The lowest pending ID; `null` when nothing is pending. */
  readonly minId: string | null;
  /** The highest pending ID; `null` when nothing is pending. */
  readonly maxId: string | null;
  /** Each consumer with pending entries and how many it holds. */
  readonly consumers: readonly XPendingConsumer[];
}

/** One consumer of {@link XPendingSummary.consumers}. */
export interface XPendingConsumer {
  /** The consumer name. */
  readonly name: string;
  /** How many entries it holds unacknowledged. */
  readonly pending: number;
}

/**
 * The range of `xpending(key, group, range)` (XPENDING extended form).
 */
export interface XPendingRange {
  /** Lowest ID, inclusive (`'('` prefix excludes). Default `'-'`. */
  readonly start?: string;
  /** Highest ID, inclusive. Default `'+'`. */
  readonly end?: string;
  /** At most this many entries (required by Redis), `>= 1`. */
  readonly count: number;
  /** Only this consumer's entries. */
  readonly consumer?: string;
  /** Only entries idle for at least this many milliseconds (IDLE). */
  readonly idle?: number;
}

/** One entry of the extended XPENDING form. */
export interface XPendingEntry {
  /** The entry ID. */
  readonly id: string;
  /** The consumer holding it. */
  readonly consumer: string;
  /** Milliseconds since it was last delivered. */
  readonly idleMs: number;
  /** How many times it was delivered. */
  readonly deliveries: number;
}

/**
 * Options of `xclaim`.
 */
export interface XClaimOptions {
  /** Set the idle time of the claimed entries to this many milliseconds (IDLE). Not with `time`. */
  readonly idle?: number;
  /** Set their last delivery time to this Unix time in milliseconds (TIME). Not with `idle`. */
  readonly time?: number;
  /** Set their delivery count (RETRYCOUNT). */
  readonly retrycount?: number;
  /** Claim IDs that are in the stream but in no pending list (FORCE). Default `false`. */
  readonly force?: boolean;
  /** Resolve only the IDs and leave the delivery count alone (JUSTID). Default `false`. */
  readonly justid?: boolean;
  /** Set the group's last delivered ID (LASTID). */
  readonly lastid?: string;
}

/**
 * Options of `xautoclaim`.
 */
export interface XAutoClaimOptions {
  /** Scan at most this many pending entries (COUNT, `>= 1`). Redis's default is 100. */
  readonly count?: number;
  /** Resolve only the IDs and leave the delivery count alone (JUSTID). Default `false`. */
  readonly justid?: boolean;
}

/** What `xautoclaim` resolves. */
export interface XAutoClaimResult {
  /** The ID to pass as `start` next time; `'0-0'` when the whole pending list was scanned. */
  readonly next: string;
  /** The claimed entries, now this consumer's. */
  readonly entries: readonly StreamEntry[];
  /** Pending IDs whose entries were deleted from the stream: removed from the pending list. */
  readonly deleted: readonly string[];
}

/** What `xautoclaim` with `justid: true` resolves. */
export interface XAutoClaimIdsResult {
  /** The ID to pass as `start` next time; `'0-0'` when the whole pending list was scanned. */
  readonly next: string;
  /** The claimed IDs. */
  readonly ids: readonly string[];
  /** Pending IDs whose entries were deleted from the stream: removed from the pending list. */
  readonly deleted: readonly string[];
}

/**
 * Options of `xgroupSetid`.
 */
export interface XGroupSetIdOptions {
  /** How many entries the group has read (ENTRIESREAD), for its lag. */
  readonly entriesRead?: number;
}

/**
 * Options of `xsetid`.
 */
export interface XSetIdOptions {
  /** The stream's count of entries ever added (ENTRIESADDED). */
  readonly entriesAdded?: number;
  /** The highest ID ever deleted (MAXDELETEDID). */
  readonly maxDeletedId?: string;
}
