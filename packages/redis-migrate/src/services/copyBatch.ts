import type { CopyContext } from '../models/CopyContext.js';
import { addCounters, emptyCounters, type CopyCounters } from '../models/CopyCounters.js';
import { readPage } from './readPage.js';
import type { KeyPayload } from './writeKeys.js';
import { writePage } from './writePage.js';

/**
 * Copy one SCAN page: read its keys with one script call on the source (`readPage`), RESTORE
 * them with one script call per target master (`writePage`; both fall back to one command per
 * key), then the page's big keys one by one, element by element.
 *
 * Big keys are written with REPLACE unless `--on-existing skip` (with `fail`, the target was
 * empty when the copy started: what is there now was written by this copy).
 *
 * @returns what happened to the page's keys.
 * @throws MigrateError as `readPage` and `writePage`.
 */
export async function copyBatch(context: CopyContext, page: readonly Buffer[]): Promise<CopyCounters> {
  const keys = context.selectKeys === undefined ? page : await context.selectKeys(page);
  const counters = emptyCounters();
  counters.scanned = keys.length;
  if (keys.length === 0) return counters;
  const reads = await readPage(context, keys);
  counters.failed += keys.length - reads.length;
  const values: KeyPayload[] = [];
  const big: Buffer[] = [];
  for (const [key, read] of reads) {
    if (read.kind === 'missing') counters.expired += 1;
    else if (read.kind === 'big') big.push(key);
    else values.push({ key, payload: read.payload, expiresAt: read.expiresAt });
  }
  addCounters(counters, await writePage(context, values));
  for (const key of big) {
    const result = await context.copyBigKey(key, context.options.onExisting !== 'skip');
    if (result.status === 'missing') counters.expired += 1;
    else if (result.status === 'copied') {
      counters.copied += 1;
      counters.bigKeys += 1;
      counters.bytes += result.bytes;
    } else counters.skippedExisting += 1;
  }
  return counters;
}
