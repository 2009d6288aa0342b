import type {
  XInfoFullConsumer,
  XInfoFullConsumerPending,
  XInfoFullGroup,
  XInfoFullGroupPending,
  XInfoStreamFull,
} from '@org/redis-interface';
import { numberOrNull, text, toEntryList, toFields, toStreamCounters } from './streamReplies.js';

/** A list reply, `[]` for nil (a group without pending entries, a stream without groups). */
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** `[id, consumer, delivered-at, delivery-count]` of a group's pending entries list. */
function toGroupPending(raw: unknown): XInfoFullGroupPending {
  const [id, consumer, deliveredAt, deliveryCount] = list(raw);
  return {
    id: text(id),
    consumer: text(consumer),
    deliveredAt: Number(deliveredAt),
    deliveryCount: Number(deliveryCount),
  };
}

/** `[id, delivered-at, delivery-count]` of a consumer's pending entries list. */
function toConsumerPending(raw: unknown): XInfoFullConsumerPending {
  const [id, deliveredAt, deliveryCount] = list(raw);
  return { id: text(id), deliveredAt: Number(deliveredAt), deliveryCount: Number(deliveryCount) };
}

function toConsumer(raw: unknown): XInfoFullConsumer {
  const fields = toFields(raw);
  const consumer = {
    name: text(fields['name']),
    seenTime: Number(fields['seen-time']),
    pelCount: Number(fields['pel-count']),
    pending: list(fields['pending']).map(toConsumerPending),
  };
  const activeTime = fields['active-time'];
  return activeTime === undefined ? consumer : { ...consumer, activeTime: Number(activeTime) };
}

function toGroup(raw: unknown): XInfoFullGroup {
  const fields = toFields(raw);
  return {
    name: text(fields['name']),
    lastDeliveredId: text(fields['last-delivered-id']),
    entriesRead: numberOrNull(fields['entries-read']),
    lag: numberOrNull(fields['lag']),
    pelCount: Number(fields['pel-count']),
    pending: list(fields['pending']).map(toGroupPending),
    consumers: list(fields['consumers']).map(toConsumer),
  };
}

/** XINFO STREAM … FULL (pairs in RESP2, maps in RESP3) → {@link XInfoStreamFull}. */
export function toStreamInfoFull(reply: unknown): XInfoStreamFull {
  const info = toFields(reply);
  return {
    ...toStreamCounters(info),
    recordedFirstEntryId: text(info['recorded-first-entry-id'], '0-0'),
    entries: toEntryList(info['entries']),
    groups: list(info['groups']).map(toGroup),
  };
}
