import { isFresh, isUsable } from '../calculations/entryText.js';
import type { CacheKeyspace } from '../calculations/CacheKeyspace.js';
import type { ResolvedEntryOptions } from '../calculations/resolveEntryOptions.js';
import type { CacheFactory } from '../models/CacheEntryOptions.js';
import type { CacheCore } from './CacheCore.js';
import type { CacheEntry } from '../models/CacheEntry.js';
import { readEntry } from './readEntry.js';
import { newer } from './newerEntry.js';
import { answerStale, refreshEntry, type Refresh } from './refreshEntry.js';

const SOFT_TIMEOUT = Symbol('soft-timeout');

/** A caller joining the refresh in flight: the stale value at once when there is one, else its result. */
async function joinFlight<T>(core: CacheCore, flight: Refresh, stale: CacheEntry | undefined): Promise<T> {
  const answer = flight.stale ?? stale;
  if (answer !== undefined) return answerStale(core, answer, 'refreshing') as T;
  return (await flight.promise) as T;
}

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
  let stale = local !== undefined && isUsable(local, now) ? local : undefined;
  const joined = core.flights.get(dataKey);
  if (joined !== undefined) return joinFlight<T>(core, joined, stale);
  let redisUp = true;
  if (!options.forceFresh) {
    // Outside any flight: a hit costs one GET and no bookkeeping.
    const policy = { throwOnL2Error: options.throwOnL2Error, operation: 'getOrSet', undecodableIsMiss: true };
    const { found, l2Failed } = await readEntry(core, dataKey, policy);
    if (found !== undefined && isFresh(found.entry, Date.now())) {
      core.events.publish({ event: 'hit', tier: found.tier });
      return found.entry.value as T;
    }
    if (found === undefined) core.events.publish({ event: 'miss' });
    else stale = newer(stale, found.entry);
    redisUp = !l2Failed;
    const started = core.flights.get(dataKey);
    if (started !== undefined) return joinFlight<T>(core, started, stale);
  }
  const refresh: Refresh = { stale, promise: Promise.resolve() };
  const promise = refreshEntry(core, keyspace, key, factory, options, refresh, redisUp);
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
