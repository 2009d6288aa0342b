import { compareStreamIds } from '../../calculations/compareStreamIds.js';
import type { ChunkCopyContext, ChunkTotals } from '../../models/ChunkCopyContext.js';
import { streamScripts } from './streamScripts.js';

/** Field of the placeholder entries written for pending IDs whose entry was deleted (see below). */
export const ghostField = 'redis-migrate-ghost';

/** Field/value items above which an entry is sent alone (Lua's `unpack` has a stack limit). */
const maxScriptedItems = 4_000;

/** Script arguments after which placeholders are flushed, so a huge PEL is not one giant call. */
const maxBatchItems = 40_000;

/** What {@link copyStreamEntries} wrote. */
export interface StreamEntryTotals extends ChunkTotals {
  /** Placeholder entries written for pending IDs without an entry: to be deleted after the claims. */
  readonly ghosts: readonly string[];
}

/**
 * Copy a stream's entries with their exact IDs: `XRANGE … COUNT chunk` pages, each page added by
 * one script run (`XADD` per entry) on the target.
 *
 * @remarks
 * An entry deleted (`XDEL`) while pending stays in its group's PEL, but `XCLAIM` on the target
 * ignores an ID that is not in the stream. So each such ID (`pendingIds` without an entry) gets a
 * placeholder entry, in ID order among the real ones; the caller claims it, then deletes it.
 *
 * @param pendingIds - every pending ID of every group, sorted and without duplicates.
 */
export async function copyStreamEntries(
  context: ChunkCopyContext,
  pendingIds: readonly string[],
): Promise<StreamEntryTotals> {
  const scripts = streamScripts(context.target);
  const ghosts: string[] = [];
  let nextPending = 0;
  let elements = 0;
  let bytes = 0;
  let start = '-';
  const flush = async (batch: (Buffer | string | number)[]): Promise<void> => {
    if (batch.length > 0) await scripts.addEntries.run([context.temp], batch);
    batch.length = 0;
  };
  const ghostsBefore = async (id: string | undefined, batch: (Buffer | string | number)[]): Promise<void> => {
    for (; nextPending < pendingIds.length; nextPending += 1) {
      const pending = pendingIds[nextPending] as string;
      const order = id === undefined ? -1 : compareStreamIds(pending, id);
      if (order === 0) nextPending += 1;
      if (order >= 0) return;
      ghosts.push(pending);
      batch.push(pending, 2, ghostField, '');
      if (batch.length >= maxBatchItems) await flush(batch);
    }
  };
  for (;;) {
    const page = (await context.read('XRANGE', context.key, start, '+', 'COUNT', context.chunk)) as [
      Buffer,
      Buffer[],
    ][];
    const batch: (Buffer | string | number)[] = [];
    for (const [rawId, fields] of page) {
      const id = rawId.toString();
      await ghostsBefore(id, batch);
      bytes += rawId.length + fields.reduce((sum, item) => sum + item.length, 0);
      elements += 1;
      if (fields.length > maxScriptedItems) {
        await flush(batch);
        await context.write('XADD', context.temp, id, ...fields);
      } else {
        batch.push(id, fields.length, ...fields);
      }
    }
    if (page.length < context.chunk) await ghostsBefore(undefined, batch);
    await flush(batch);
    const last = page.at(-1);
    if (last === undefined || page.length < context.chunk) return { elements, bytes, ghosts };
    start = `(${last[0].toString()}`;
  }
}
