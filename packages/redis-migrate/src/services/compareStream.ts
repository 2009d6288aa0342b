import type { ContentsRead, ContentsVerdict } from '../models/ContentsRead.js';
import { onBoth, sameBytes } from './sideCalls.js';

type StreamEntryReply = [Buffer, Buffer[]];

/** The consumer-group fields that must match (`lag`, `entries-read` follow from them or vary by version). */
const groupFields = ['name', 'consumers', 'pending', 'last-delivered-id'] as const;

/**
 * Compare a stream: its length and last generated ID, its entries read in windows of `chunk`
 * (XRANGE from both sides at once, exclusive ranges: Redis 6.2+), then its consumer groups (name,
 * consumer count, pending count, last delivered ID).
 */
export async function compareStream(read: ContentsRead): Promise<ContentsVerdict> {
  const [sourceLength, targetLength] = await onBoth<number>(read, 'XLEN');
  if (sourceLength !== targetLength) {
    return differs(`${sourceLength} entries on the source, ${targetLength} on the target`);
  }
  const [sourceInfo, targetInfo] = await onBoth<unknown[]>(read, ['XINFO', 'STREAM']);
  const sourceLast = field(sourceInfo, 'last-generated-id');
  const targetLast = field(targetInfo, 'last-generated-id');
  if (sourceLast !== targetLast)
    return differs(`last ID ${sourceLast} on the source, ${targetLast} on the target`);
  let start = '-';
  for (;;) {
    const [ours, theirs] = await onBoth<StreamEntryReply[]>(read, 'XRANGE', start, '+', 'COUNT', read.chunk);
    for (const [index, [id, fields]] of ours.entries()) {
      const other = theirs[index];
      if (other === undefined || !sameBytes(id, other[0]))
        return differs(`entry ${String(id)} not at its place on the target`);
      const same =
        fields.length === other[1].length && fields.every((part, at) => sameBytes(part, other[1][at]));
      if (!same) return differs(`entry ${String(id)} differs`);
    }
    const last = ours.at(-1);
    if (last === undefined || ours.length < read.chunk) break;
    start = `(${String(last[0])}`;
  }
  const [sourceGroups, targetGroups] = await onBoth<unknown[][]>(read, ['XINFO', 'GROUPS']);
  const describeGroups = (groups: unknown[][]): string =>
    JSON.stringify(groups.map((group) => groupFields.map((name) => field(group, name))).sort());
  const ourGroups = describeGroups(sourceGroups);
  const theirGroups = describeGroups(targetGroups);
  return ourGroups === theirGroups
    ? { same: true }
    : differs(`consumer groups ${ourGroups} on the source, ${theirGroups} on the target`);
}

/** A field of a flat `[name, value, name, value…]` reply, as text. */
function field(reply: readonly unknown[], name: string): string {
  for (let index = 0; index + 1 < reply.length; index += 2) {
    if (String(reply[index]) === name) return String(reply[index + 1]);
  }
  return '';
}

function differs(detail: string): ContentsVerdict {
  return { same: false, kind: 'valueDiffers', detail };
}
