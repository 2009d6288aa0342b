import { compareStreamIds } from '../../calculations/compareStreamIds.js';
import { replyRecord } from '../../calculations/replyRecord.js';
import type { ChunkCopyContext, ChunkTotals } from '../../models/ChunkCopyContext.js';
import { copyStreamEntries, ghostField } from './copyStreamEntries.js';
import { copyStreamGroups } from './copyStreamGroups.js';
import { pendingPages, readStreamGroups } from './readStreamGroups.js';

/**
 * Copy a stream: its entries with their exact IDs, its consumer groups with their pending entries
 * (see `copyStreamEntries`, `copyStreamGroups`), then `XSETID … ENTRIESADDED … MAXDELETEDID` with
 * the source's values, so the last ID (what `*` generates next), the counters `XINFO STREAM` shows
 * and the groups' lag match. Needs Redis 7 on both sides.
 */
export async function copyStreamChunks(context: ChunkCopyContext): Promise<ChunkTotals> {
  const pendingIds = await readPendingIds(context);
  const totals = await copyStreamEntries(context, pendingIds);
  if (totals.elements === 0 && totals.ghosts.length === 0) {
    // An empty stream (every entry deleted or trimmed) still exists and has groups: create it
    // empty; XSETID below gives it the source's last ID.
    await context.write('XADD', context.temp, 'MAXLEN', 0, '0-1', ghostField, '');
  }
  await copyStreamGroups(context);
  for (let start = 0; start < totals.ghosts.length; start += context.chunk) {
    await context.write('XDEL', context.temp, ...totals.ghosts.slice(start, start + context.chunk));
  }
  const info = replyRecord(await context.read('XINFO', 'STREAM', context.key));
  await context.write(
    'XSETID',
    context.temp,
    String(info.get('last-generated-id')),
    'ENTRIESADDED',
    Number(info.get('entries-added')),
    'MAXDELETEDID',
    String(info.get('max-deleted-entry-id')),
  );
  return { elements: totals.elements, bytes: totals.bytes };
}

/** Every pending ID of every group of the source stream, sorted, without duplicates. */
async function readPendingIds(context: ChunkCopyContext): Promise<string[]> {
  const ids = new Set<string>();
  for (const group of await readStreamGroups(context)) {
    for await (const page of pendingPages(context, group.name)) {
      for (const entry of page) ids.add(entry.id);
    }
  }
  return [...ids].sort(compareStreamIds);
}
