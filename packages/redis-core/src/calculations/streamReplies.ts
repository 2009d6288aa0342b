import { stripKeyPrefix } from './stripKeyPrefix.js';
import { givenStreamKeys } from './givenStreamKeys.js';
import type {
  RedisKeyInput,
  StreamOffset,
  StreamEntry,
  StreamReadResult,
  XAutoClaimIdsResult,
  XAutoClaimResult,
  XInfoConsumer,
  XInfoGroup,
  XInfoStream,
  XInfoStreamCounters,
  XPendingEntry,
  XPendingSummary,
} from '@org/redis-interface';
import { pairsToRecord, toText, toTextList } from './replies.js';

/**
 * Stream replies in either protocol: RESP2 sends maps as `[field, value, …]`, RESP3 as maps
 * (ioredis gives a `Map` or a plain object); integers are numbers, a few counts come as text.
 */

type RawEntry = readonly [id: string, fields: readonly string[] | Readonly<Record<string, string>> | null];

/** A map-shaped reply (flat pairs, a Map or an object) → a record. */
export function toFields(reply: unknown): Record<string, unknown> {
  if (reply instanceof Map) return Object.fromEntries(reply as Map<string, unknown>);
  if (Array.isArray(reply)) return pairsToRecord(reply as unknown[]);
  return typeof reply === 'object' && reply !== null ? { ...(reply as Record<string, unknown>) } : {};
}

/** One entry (a deleted pending entry's null fields become `{}`). */
export function toStreamEntry([id, fields]: RawEntry): StreamEntry {
  return { id: toText(id), fields: toFields(fields ?? []) as Record<string, string> };
}

/** A list of entries (XRANGE, XCLAIM, XAUTOCLAIM); nulls (deleted entries, Redis < 7) dropped. */
export function toEntryList(reply: unknown): StreamEntry[] {
  return ((reply ?? []) as (RawEntry | null)[])
    .filter((entry): entry is RawEntry => entry !== null)
    .map(toStreamEntry);
}

/**
 * XREAD / XREADGROUP reply (null, pairs or a map) → one result per stream, keys without the prefix:
 * the keys given in `streams` when some are Buffers ({@link givenStreamKeys}), else the reply's names.
 */
export function toStreamReads(
  reply: unknown,
  keyPrefix: string,
  given: readonly StreamOffset<RedisKeyInput>[],
): StreamReadResult<RedisKeyInput>[] {
  if (reply === null || reply === undefined) return [];
  // A RESP3 map of Buffer names would lose their bytes as object keys: only pairs keep them.
  const streams: [unknown, unknown][] = Array.isArray(reply)
    ? (reply as [unknown, unknown][])
    : reply instanceof Map
      ? [...(reply as Map<unknown, unknown>)]
      : Object.entries(toFields(reply));
  const keyOf = givenStreamKeys(given, keyPrefix);
  return streams.map(([name, entries]) => ({
    key: keyOf === undefined ? stripKeyPrefix(name, keyPrefix) : keyOf(name),
    entries: toEntryList(entries),
  }));
}

/** A text field (an ID, a name); `fallback` when absent. */
export const text = (value: unknown, fallback = ''): string =>
  typeof value === 'string' ? value : Buffer.isBuffer(value) ? value.toString() : fallback;

/** A number, or `null` for a nil reply. */
export const numberOrNull = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);

/** XPENDING key group → the summary (per-consumer counts come as text). */
export function toPendingSummary(reply: unknown): XPendingSummary {
  const [count, minId, maxId, consumers] = reply as [unknown, string | null, string | null, unknown];
  return {
    count: Number(count),
    minId: minId ?? null,
    maxId: maxId ?? null,
    consumers: ((consumers ?? []) as [string, unknown][]).map(([name, pending]) => ({
      name,
      pending: Number(pending),
    })),
  };
}

/** XPENDING key group … count → the entries. */
export function toPendingEntries(reply: unknown): XPendingEntry[] {
  return (reply as [string, string, unknown, unknown][]).map(([id, consumer, idleMs, deliveries]) => ({
    id,
    consumer,
    idleMs: Number(idleMs),
    deliveries: Number(deliveries),
  }));
}

/** XAUTOCLAIM → next start, entries (or IDs with JUSTID), deleted IDs (Redis 7); IDs as text in the bytes view too. */
export function toAutoClaim(reply: unknown, justid: boolean): XAutoClaimResult | XAutoClaimIdsResult {
  const [next, claimed, deleted] = reply as [unknown, unknown[], unknown[] | undefined];
  const rest = { next: text(next), deleted: deleted === undefined ? [] : toTextList(deleted) };
  return justid ? { ...rest, ids: toTextList(claimed) } : { ...rest, entries: toEntryList(claimed) };
}

/** An entry field of XINFO STREAM (`null` for an empty stream). */
const entryOrNull = (value: unknown): StreamEntry | null =>
  Array.isArray(value) ? toStreamEntry(value as unknown as RawEntry) : null;

/** The fields XINFO STREAM and XINFO STREAM FULL share, from the reply's fields. */
export function toStreamCounters(info: Readonly<Record<string, unknown>>): XInfoStreamCounters {
  return {
    length: Number(info['length']),
    radixTreeKeys: Number(info['radix-tree-keys']),
    radixTreeNodes: Number(info['radix-tree-nodes']),
    lastGeneratedId: text(info['last-generated-id']),
    maxDeletedEntryId: text(info['max-deleted-entry-id'], '0-0'),
    entriesAdded: Number(info['entries-added']),
  };
}

/** XINFO STREAM → its fields, integers as numbers. */
export function toStreamInfo(reply: unknown): XInfoStream {
  const info = toFields(reply);
  return {
    ...toStreamCounters(info),
    groups: Number(info['groups']),
    firstEntry: entryOrNull(info['first-entry']),
    lastEntry: entryOrNull(info['last-entry']),
  };
}

/** XINFO GROUPS → one record per group. */
export function toGroupInfos(reply: unknown): XInfoGroup[] {
  return (reply as unknown[]).map((raw) => {
    const group = toFields(raw);
    return {
      name: text(group['name']),
      consumers: Number(group['consumers']),
      pending: Number(group['pending']),
      lastDeliveredId: text(group['last-delivered-id']),
      entriesRead: numberOrNull(group['entries-read']),
      lag: numberOrNull(group['lag']),
    };
  });
}

/** XINFO CONSUMERS → one record per consumer (`inactive` only from Redis 7.2). */
export function toConsumerInfos(reply: unknown): XInfoConsumer[] {
  return (reply as unknown[]).map((raw) => {
    const consumer = toFields(raw);
    const inactive = consumer['inactive'];
    return {
      name: text(consumer['name']),
      pending: Number(consumer['pending']),
      idleMs: Number(consumer['idle']),
      ...(inactive === undefined ? {} : { inactiveMs: Number(inactive) }),
    };
  });
}
