import { controlKeyNames, isControlKey } from '../calculations/phase/controlKeyNames.js';
import type { CopyContext } from '../models/CopyContext.js';
import { addCounters, emptyCounters, type CopyCounters } from '../models/CopyCounters.js';
import { undoResurrections } from './live/undoResurrections.js';
import { writeLivePage } from './live/writeLivePage.js';
import { readPage } from './readPage.js';
import type { KeyPayload, RestoredKey } from './writeKeys.js';
import { writePage } from './writePage.js';

/**
 * Copy one SCAN page: read its keys with one script call on the source (`readPage`), RESTORE
 * them with one script call per target master (`writePage`; both fall back to one command per
 * key), then the page's big keys one by one, element by element.
 *
 * Big keys are written with REPLACE unless `--on-existing skip` (with `fail`, the target was
 * empty when the copy started: what is there now was written by this copy).
 *
 * `copy --live` (`options.live`) leaves the move's control keys out (each side keeps its own), writes with `writeLivePage` (never REPLACE), then undoes the
 * RESTOREs of keys deleted from the source meanwhile (`undoResurrections`). A big key found gone
 * from the source after it was put in place goes to the repair set instead: fingerprinting it would
 * cost a DUMP of a key too big to DUMP, and `verify --repair` deletes it with a compare-and-delete.
 *
 * @returns what happened to the page's keys.
 * @throws MigrateError as `readPage` and `writePage`.
 */
export async function copyBatch(context: CopyContext, page: readonly Buffer[]): Promise<CopyCounters> {
  const live = context.options.live;
  const selected = context.selectKeys === undefined ? page : await context.selectKeys(page);
  const names = live === undefined ? undefined : controlKeyNames(live.controlKey);
  const keys = names === undefined ? selected : selected.filter((key) => !isControlKey(names, key));
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
  const restored: RestoredKey[] = [];
  if (live === undefined) addCounters(counters, await writePage(context, values));
  else {
    await live.afterRead?.(values.map((value) => value.key));
    addCounters(counters, await writeLivePage(context, values, restored));
    await undoResurrections(context, restored, counters);
  }
  const placed: Buffer[] = [];
  for (const key of big) {
    const result = await context.copyBigKey(key, context.options.onExisting !== 'skip');
    if (result.status === 'missing') counters.expired += 1;
    else if (result.status === 'copied') {
      counters.copied += 1;
      counters.bigKeys += 1;
      counters.bytes += result.bytes;
      placed.push(key);
    } else if (live === undefined) counters.skippedExisting += 1;
    else counters.skippedNewer += 1;
  }
  if (live !== undefined && placed.length > 0) await flagBigKeysGone(context, live.controlKey, placed);
  return counters;
}

async function flagBigKeysGone(
  context: CopyContext,
  controlKey: string,
  placed: readonly Buffer[],
): Promise<void> {
  const present = (await context.sourcePresence?.exists(placed)) ?? placed.map(() => true);
  const gone = placed.filter((_key, index) => present[index] !== true);
  if (gone.length > 0) await context.target.sadd(controlKeyNames(controlKey).repair, gone);
}
