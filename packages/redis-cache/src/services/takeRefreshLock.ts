import { CLAIM_MARK, isClaim, isFresh } from '../calculations/entryText.js';
import type { CacheKeyspace } from '../calculations/CacheKeyspace.js';
import type { ResolvedEntryOptions } from '../calculations/resolveEntryOptions.js';
import type { CacheCore } from './CacheCore.js';
import type { HeldLock } from './L2Store.js';
import { decodeRead } from './readEntry.js';
import type { Refresh } from './refreshEntry.js';
import { newer } from './newerEntry.js';
import { waitForHolder, type HolderWait } from './waitForHolder.js';

/** How a refresh ended up with the key: holding its claim or lock, a value found meanwhile, or neither. */
export type RefreshLock =
  | { readonly kind: 'claim' | 'lock'; readonly held: HeldLock }
  | { readonly kind: 'value'; readonly value: unknown }
  | { readonly kind: 'stale' }
  | { readonly kind: 'none' };

let sequence = 0;
const instance = Math.random().toString(36).slice(2, 10);

/** A token no other holder has: this process's random id and a counter (no crypto call per miss). */
function nextToken(): string {
  sequence += 1;
  return `${instance}.${sequence.toString(36)}`;
}

/**
 * Takes the right to run the factory of a key, once in the deployment. A cold key (no value at all) is
 * claimed on its own Redis key (one plain SET NX; the value's SET replaces the claim); a key with a stale
 * value, or under `forceFresh`, takes a lock key in the value's slot with one script that also re-reads it.
 * A caller that loses answers the stale value when there is one, else waits for the holder.
 */
export async function takeRefreshLock(
  core: CacheCore,
  keyspace: CacheKeyspace,
  key: string,
  options: ResolvedEntryOptions,
  refresh: Refresh,
  leaseMs: number,
): Promise<RefreshLock> {
  const dataKey = keyspace.dataKey(key);
  const policy = { throwOnL2Error: false, operation: 'getOrSet', undecodableIsMiss: true };
  const cold = refresh.stale === undefined && !options.forceFresh;
  const held: HeldLock = cold
    ? { key: dataKey, token: `${CLAIM_MARK}${nextToken()}` }
    : { key: keyspace.lockKey(key), token: nextToken() };
  const attempt = async (): Promise<HolderWait | undefined> => {
    const readAt = core.l1.mark();
    if (cold) {
      if (await core.l2.claim(dataKey, held.token, leaseMs)) return { outcome: 'acquired' };
      const text = await core.l2.read(dataKey);
      if (text === null || isClaim(text)) return undefined;
      const found = decodeRead(core, dataKey, text, policy, readAt);
      return found !== undefined && isFresh(found.entry, Date.now())
        ? { outcome: 'value', value: found.entry.value }
        : undefined;
    }
    // forceFresh: no value counts as fresh, so the lock is always tried.
    const now = options.forceFresh ? Number.MAX_SAFE_INTEGER : Date.now();
    const result = await core.l2.lockOrRead(dataKey, held, leaseMs, now);
    const found = result.text === null ? undefined : decodeRead(core, dataKey, result.text, policy, readAt);
    if (found !== undefined) refresh.stale = newer(refresh.stale, found.entry);
    if (result.outcome === 'locked') return { outcome: 'acquired' };
    return result.outcome === 'fresh' && found !== undefined
      ? { outcome: 'value', value: found.entry.value }
      : undefined;
  };
  // A Redis failure here means no lock: the factory runs here (availability over once-only).
  const first = await attempt().catch(() => ({ outcome: 'timeout' }) as const);
  if (first?.outcome === 'timeout') return { kind: 'none' };
  if (first?.outcome === 'acquired') return { kind: cold ? 'claim' : 'lock', held };
  if (first?.outcome === 'value') return { kind: 'value', value: first.value };
  if (refresh.stale !== undefined && !options.forceFresh) return { kind: 'stale' };
  const wait = await waitForHolder(core, dataKey, attempt);
  if (wait.outcome === 'value') return { kind: 'value', value: wait.value };
  if (wait.outcome === 'acquired') return { kind: cold ? 'claim' : 'lock', held };
  return { kind: 'none' };
}
