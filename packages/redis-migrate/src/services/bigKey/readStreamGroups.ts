import { replyRecord } from '../../calculations/replyRecord.js';
import type { ChunkCopyContext } from '../../models/ChunkCopyContext.js';

/** A consumer group of the source stream, as `XGROUP CREATE` needs it. */
export interface StreamGroup {
  /** Its name, as stored (binary-safe). */
  readonly name: Buffer;
  /** The ID of the last entry delivered to the group. */
  readonly lastDeliveredId: string;
  /** `entries-read` (Redis 7), or `null` when the server does not know it (the group's lag is then unknown). */
  readonly entriesRead: number | null;
}

/** `XINFO GROUPS` of the source stream. */
export async function readStreamGroups(context: ChunkCopyContext): Promise<StreamGroup[]> {
  const reply = (await context.read('XINFO', 'GROUPS', context.key)) as unknown[];
  return reply.map((item) => {
    const fields = replyRecord(item);
    const entriesRead = fields.get('entries-read');
    return {
      name: fields.get('name') as Buffer,
      lastDeliveredId: String(fields.get('last-delivered-id')),
      entriesRead: entriesRead === null || entriesRead === undefined ? null : Number(entriesRead),
    };
  });
}

/** One entry of a group's pending entries list (`XPENDING key group - + count`). */
export interface PendingEntry {
  readonly id: string;
  readonly consumer: Buffer;
  /** Milliseconds since it was last delivered. */
  readonly idleMs: number;
  /** How many times it was delivered. */
  readonly deliveries: number;
}

/** The pending entries of `group`, `chunk` at a time, in ID order. */
export async function* pendingPages(
  context: ChunkCopyContext,
  group: Buffer,
): AsyncGenerator<PendingEntry[]> {
  let start = '-';
  for (;;) {
    // Typed loosely on purpose: the counts are converted, whatever number form the reply has.
    const reply = (await context.read('XPENDING', context.key, group, start, '+', context.chunk)) as [
      Buffer,
      Buffer,
      unknown,
      unknown,
    ][];
    const page = reply.map(([id, consumer, idleMs, deliveries]) => ({
      id: id.toString(),
      consumer,
      idleMs: Number(idleMs),
      deliveries: Number(deliveries),
    }));
    if (page.length > 0) yield page;
    const last = page.at(-1);
    if (last === undefined || page.length < context.chunk) return;
    start = `(${last.id}`;
  }
}
