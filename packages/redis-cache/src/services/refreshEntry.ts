import type { RedisCacheStaleReason } from '@org/redis-interface';
import type { CacheKeyspace } from '../calculations/CacheKeyspace.js';
import type { ResolvedEntryOptions } from '../calculations/resolveEntryOptions.js';
import type { CacheEntry } from '../models/CacheEntry.js';
import type { CacheFactory } from '../models/CacheEntryOptions.js';
import type { CacheCore } from './CacheCore.js';
import { runFactory } from './runFactory.js';
import { takeRefreshLock } from './takeRefreshLock.js';
import { serializeValue, writeEntry } from './writeEntry.js';

/** A refresh in flight in this process: callers joining it read its stale value when it found one. */
export interface Refresh {
  stale: CacheEntry | undefined;
  promise: Promise<unknown>;
}

/** Margin of the lock's lease past `hardTimeoutMs`: the write after the factory must fit in it. */
const LEASE_MARGIN_MS = 1_000;

/**
 * Brings a key that neither tier had fresh up to date, once per key in the deployment: the claim or lock
 * (see {@link takeRefreshLock}); the holder runs the factory and stores its value, the others wait for it
 * (or answer the stale value at once when there is one). A failed or timed-out factory answers the stale
 * value when there is one.
 * @param redisUp - false when the read before failed: no lock then, the factory runs here.
 */
export async function refreshEntry<T>(
  core: CacheCore,
  keyspace: CacheKeyspace,
  key: string,
  factory: CacheFactory<T>,
  options: ResolvedEntryOptions,
  refresh: Refresh,
  redisUp: boolean,
): Promise<T> {
  const leaseMs =
    options.hardTimeoutMs === undefined ? core.options.lock.leaseMs : options.hardTimeoutMs + LEASE_MARGIN_MS;
  const lock =
    core.options.lock.enabled && redisUp
      ? await takeRefreshLock(core, keyspace, key, options, refresh, leaseMs)
      : ({ kind: 'none' } as const);
  if (lock.kind === 'value') return lock.value as T;
  if (lock.kind === 'stale' && refresh.stale !== undefined)
    return answerStale(core, refresh.stale, 'refreshing') as T;
  const held = lock.kind === 'claim' || lock.kind === 'lock' ? lock.held : undefined;
  let value: T;
  let payload: string;
  try {
    value = await runFactory(
      factory,
      key,
      refresh.stale?.value as T | undefined,
      options.hardTimeoutMs,
      core.events,
    );
  } catch (error) {
    if (held !== undefined) await core.l2.release(held).catch(() => undefined);
    if (refresh.stale !== undefined) return answerStale(core, refresh.stale, 'factory-error') as T;
    throw error;
  }
  try {
    payload = serializeValue(core, key, value);
  } catch (error) {
    if (held !== undefined) await core.l2.release(held).catch(() => undefined);
    throw error;
  }
  // A claim is replaced by the value's plain SET; a lock key is freed by the same script as the write.
  await writeEntry(
    core,
    keyspace,
    key,
    payload,
    value,
    options,
    'getOrSet',
    lock.kind === 'lock' ? lock.held : undefined,
  );
  return value;
}

/** Answers a stale value, with its event. */
export function answerStale(core: CacheCore, entry: CacheEntry, reason: RedisCacheStaleReason): unknown {
  core.events.publish({ event: 'stale', reason });
  return entry.value;
}
