import { isFresh, isUsable } from '../calculations/entryText.js';
import type { CacheKeyspace } from '../calculations/CacheKeyspace.js';
import type { ResolvedEntryOptions } from '../calculations/resolveEntryOptions.js';
import type { CacheFactory } from '../models/CacheEntryOptions.js';
import type { CacheCore } from './CacheCore.js';
import { answerStale, refreshEntry, type Refresh } from './refreshEntry.js';

const SOFT_TIMEOUT = Symbol('soft-timeout');

/**
 * `getOrSet` as a caller sees it: a fresh L1 value at once; else one refresh per key in this process
 * (single flight), which callers join, getting its stale value at once when it found one; with a stale value
 * and `softTimeoutMs`, the stale value once the factory is slower than that (the refresh goes on).
 */
export async function getOrSetFlow<T>(
  core: CacheCore,
  keyspace: CacheKeyspace,
  key: string,
  factory: CacheFactory<T>,
  options: ResolvedEntryOptions,
): Promise<T> {
  const dataKey = keyspace.dataKey(key);
  const local = options.forceFresh ? undefined : core.l1.get(dataKey);
  const now = Date.now();
  if (local !== undefined && isFresh(local, now)) {
    core.events.publish({ event: 'hit', tier: 'l1' });
    return local.value as T;
  }
  const joined = core.flights.get(dataKey);
  if (joined !== undefined) {
    const stale = joined.stale ?? (local !== undefined && isUsable(local, now) ? local : undefined);
    if (stale !== undefined) return answerStale(core, stale, 'refreshing') as T;
    return joined.promise as Promise<T>;
  }
  const refresh: Refresh = {
    stale: local !== undefined && isUsable(local, now) ? local : undefined,
    promise: Promise.resolve(),
  };
  const promise = refreshEntry(core, keyspace, key, factory, options, refresh);
  refresh.promise = promise;
  core.flights.set(dataKey, refresh);
  // Whoever awaits, the flight leaves the map when it settles; a rejection nobody awaits is not unhandled.
  promise.then(
    () => core.flights.delete(dataKey),
    () => core.flights.delete(dataKey),
  );
  if (options.softTimeoutMs === undefined) return await promise;
  let timer: NodeJS.Timeout | undefined;
  const soft = new Promise<typeof SOFT_TIMEOUT>((resolve) => {
    timer = setTimeout(() => resolve(SOFT_TIMEOUT), options.softTimeoutMs);
  });
  try {
    const first = await Promise.race([promise, soft]);
    if (first !== SOFT_TIMEOUT) return first;
    if (refresh.stale === undefined) return await promise;
    promise.catch(() => undefined);
    return answerStale(core, refresh.stale, 'soft-timeout') as T;
  } finally {
    clearTimeout(timer);
  }
}
