import { randomBytes } from 'node:crypto';
import type { RedisCacheStaleReason } from '@org/redis-interface';
import type { CacheKeyspace } from '../calculations/CacheKeyspace.js';
import type { ResolvedEntryOptions } from '../calculations/resolveEntryOptions.js';
import type { CacheEntry } from '../models/CacheEntry.js';
import type { CacheFactory } from '../models/CacheEntryOptions.js';
import type { CacheCore } from './CacheCore.js';
import type { HeldLock } from './L2Store.js';
import { decodeRead } from './readEntry.js';
import { runFactory } from './runFactory.js';
import { waitForHolder } from './waitForHolder.js';
import { serializeValue, writeEntry } from './writeEntry.js';

/** A refresh in flight in this process: callers joining it read its stale value when it found one. */
export interface Refresh {
  stale: CacheEntry | undefined;
  promise: Promise<unknown>;
}

/** Margin of the lock's lease past `hardTimeoutMs`: the write after the factory must fit in it. */
const LEASE_MARGIN_MS = 1_000;

/**
 * Brings a key that neither tier had fresh up to date, once per key in the deployment: the lock (taken in
 * the script that re-reads the value); the holder runs the factory and stores its value, the others wait for
 * it (or answer the stale value at once when there is one). A failed or timed-out factory answers the stale
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
  const dataKey = keyspace.dataKey(key);
  const policy = { throwOnL2Error: options.throwOnL2Error, operation: 'getOrSet', undecodableIsMiss: true };
  const lock: HeldLock = { key: keyspace.lockKey(key), token: randomBytes(12).toString('base64url') };
  const leaseMs =
    options.hardTimeoutMs === undefined ? core.options.lock.leaseMs : options.hardTimeoutMs + LEASE_MARGIN_MS;
  let locked = false;
  if (core.options.lock.enabled && redisUp) {
    // One script: a value stored meanwhile is taken, else the lock. A Redis failure here means no lock: the
    // factory runs here (availability over once-only).
    const readAt = core.l1.mark();
    // forceFresh: no value counts as fresh, so the lock is always tried.
    const now = options.forceFresh ? Number.MAX_SAFE_INTEGER : Date.now();
    const attempt = await core.l2.lockOrRead(dataKey, lock, leaseMs, now).catch(() => undefined);
    const found = attempt?.text == null ? undefined : decodeRead(core, dataKey, attempt.text, policy, readAt);
    if (attempt?.outcome === 'fresh' && found !== undefined && !options.forceFresh)
      return found.entry.value as T;
    if (found !== undefined) refresh.stale = newer(refresh.stale, found.entry);
    locked = attempt?.outcome === 'locked';
    if (attempt !== undefined && !locked) {
      if (refresh.stale !== undefined && !options.forceFresh)
        return answerStale(core, refresh.stale, 'refreshing') as T;
      const wait = await waitForHolder(core, dataKey, lock, leaseMs);
      if (wait.outcome === 'value') return wait.value as T;
      locked = wait.outcome === 'acquired';
    }
  }
  let value: T;
  try {
    value = await runFactory(
      factory,
      key,
      refresh.stale?.value as T | undefined,
      options.hardTimeoutMs,
      core.events,
    );
  } catch (error) {
    if (locked) await core.l2.release(lock).catch(() => undefined);
    if (refresh.stale !== undefined) return answerStale(core, refresh.stale, 'factory-error') as T;
    throw error;
  }
  let payload: string;
  try {
    payload = serializeValue(core, key, value);
  } catch (error) {
    if (locked) await core.l2.release(lock).catch(() => undefined);
    throw error;
  }
  await writeEntry(core, keyspace, key, payload, value, options, 'getOrSet', locked ? lock : undefined);
  return value;
}

/** The later of two stale candidates. */
export function newer(current: CacheEntry | undefined, candidate: CacheEntry): CacheEntry {
  return current === undefined || candidate.expiresAt > current.expiresAt ? candidate : current;
}

/** Answers a stale value, with its event. */
export function answerStale(core: CacheCore, entry: CacheEntry, reason: RedisCacheStaleReason): unknown {
  core.events.publish({ event: 'stale', reason });
  return entry.value;
}
