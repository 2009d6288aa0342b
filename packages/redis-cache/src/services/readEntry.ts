import { isFresh, isUsable } from '../calculations/entryText.js';
import type { CacheEntry } from '../models/CacheEntry.js';
import { RedisCacheError } from '../models/RedisCacheError.js';
import type { CacheCore } from './CacheCore.js';

/** An entry found in one tier (fresh or within its grace period). */
export interface FoundEntry {
  readonly entry: CacheEntry;
  readonly tier: 'l1' | 'l2';
}

/** How a read treats Redis failing. */
export interface ReadPolicy {
  /** Throw `L2_UNAVAILABLE` rather than answer without Redis. */
  readonly throwOnL2Error: boolean;
  /** The member, for the `degraded` event. */
  readonly operation: string;
  /** Undecodable text counts as a miss (getOrSet overwrites it) instead of throwing. */
  readonly undecodableIsMiss: boolean;
}

/** What {@link readEntry} found, and whether Redis failed on the way. */
export interface ReadOutcome {
  readonly found: FoundEntry | undefined;
  /** Redis failed (or the breaker was open): `found` is L1's entry, if any. */
  readonly l2Failed: boolean;
}

/**
 * Reads one key: a fresh L1 entry, else Redis (kept in L1 when usable). With Redis failing the L1 entry,
 * even stale, is the answer (a `degraded` event), unless `throwOnL2Error`.
 * @returns the best entry found, fresh or stale.
 * @throws {@link RedisCacheError} `L2_UNAVAILABLE` with `throwOnL2Error`; `UNDECODABLE_VALUE` unless the
 * policy counts it as a miss.
 */
export async function readEntry(core: CacheCore, key: string, policy: ReadPolicy): Promise<ReadOutcome> {
  const local = core.l1.get(key);
  if (local !== undefined && isFresh(local, Date.now()))
    return { found: { entry: local, tier: 'l1' }, l2Failed: false };
  const readAt = core.l1.mark();
  let text: string | null;
  try {
    text = await core.l2.read(key);
  } catch (error) {
    if (policy.throwOnL2Error) throw error;
    core.events.publish({ event: 'degraded', operation: policy.operation });
    const usable = local !== undefined && isUsable(local, Date.now());
    return { found: usable ? { entry: local, tier: 'l1' } : undefined, l2Failed: true };
  }
  return { found: text === null ? undefined : decodeRead(core, key, text, policy, readAt), l2Failed: false };
}

/**
 * Decodes text read from Redis and keeps it in L1 (unless invalidated since `readAt`, see `L1Store.mark`).
 * @throws {@link RedisCacheError} `UNDECODABLE_VALUE` unless the policy counts it as a miss.
 */
export function decodeRead(
  core: CacheCore,
  key: string,
  text: string,
  policy: ReadPolicy,
  readAt: number,
): FoundEntry | undefined {
  try {
    const now = Date.now();
    const decoded = core.decode(key, text, now);
    if (decoded === undefined) return undefined;
    core.l1.set(key, decoded.entry, decoded.size, now, readAt);
    return { entry: decoded.entry, tier: 'l2' };
  } catch (error) {
    if (policy.undecodableIsMiss && RedisCacheError.is(error)) return undefined;
    throw error;
  }
}
