import { isFresh, isUsable } from '../calculations/entryText.js';
import type { CacheCore } from './CacheCore.js';
import { decodeRead } from './readEntry.js';

/**
 * Reads many data keys: L1 first, one MGET for the rest (the layer splits it by slot and runs one pipeline
 * per master in cluster mode). With Redis failing, the misses stay misses (a `degraded` event) unless
 * `throwOnL2Error`.
 * @returns the values in the order of `dataKeys`.
 */
export async function readMany<T>(
  core: CacheCore,
  dataKeys: readonly string[],
  allowStale: boolean,
  throwOnL2Error: boolean,
): Promise<(T | undefined)[]> {
  const now = Date.now();
  const values: (T | undefined)[] = new Array<T | undefined>(dataKeys.length);
  const missing: number[] = [];
  for (let index = 0; index < dataKeys.length; index += 1) {
    const local = core.l1.get(dataKeys[index] as string);
    if (local !== undefined && (isFresh(local, now) || (allowStale && isUsable(local, now)))) {
      values[index] = local.value as T;
      core.events.publish({ event: 'hit', tier: 'l1' });
    } else missing.push(index);
  }
  if (missing.length === 0) return values;
  const readAt = core.l1.mark();
  let texts: (string | null)[];
  try {
    texts = await core.l2.readMany(missing.map((index) => dataKeys[index] as string));
  } catch (error) {
    if (throwOnL2Error) throw error;
    core.events.publish({ event: 'degraded', operation: 'getMany' });
    return values;
  }
  const policy = { throwOnL2Error, operation: 'getMany', undecodableIsMiss: false };
  const later = Date.now();
  missing.forEach((index, position) => {
    const text = texts[position];
    const found =
      text == null ? undefined : decodeRead(core, dataKeys[index] as string, text, policy, readAt);
    if (found !== undefined && (allowStale || isFresh(found.entry, later))) {
      values[index] = found.entry.value as T;
      core.events.publish({ event: 'hit', tier: 'l2' });
    } else core.events.publish({ event: 'miss' });
  });
  return values;
}
