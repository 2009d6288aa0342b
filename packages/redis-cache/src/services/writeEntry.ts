import { encodeEntry } from '../calculations/entryText.js';
import type { CacheKeyspace } from '../calculations/CacheKeyspace.js';
import type { ResolvedEntryOptions } from '../calculations/resolveEntryOptions.js';
import type { CacheEntry } from '../models/CacheEntry.js';
import { RedisCacheError } from '../models/RedisCacheError.js';
import type { CacheCore } from './CacheCore.js';
import type { HeldLock } from './L2Store.js';

/**
 * Serializes a value before anything is sent.
 * @throws {@link RedisCacheError} `UNSERIALIZABLE_VALUE`: nothing was written.
 */
export function serializeValue(core: CacheCore, key: string, value: unknown): string {
  if (value === undefined)
    throw new RedisCacheError(
      'UNSERIALIZABLE_VALUE',
      `undefined cannot be cached at "${key}": cache null instead.`,
    );
  try {
    return core.options.serializer.serialize(value);
  } catch (error) {
    throw new RedisCacheError(
      'UNSERIALIZABLE_VALUE',
      `The value for "${key}" cannot be serialized (${error instanceof Error ? error.message : String(error)}): nothing was written.`,
      { cause: error },
    );
  }
}

/**
 * Stores a serialized value in Redis (tag sets first; a lock held on the key is freed by the same script),
 * then L1, then tells the other instances. With Redis failing only L1 gets it (a `degraded` event), unless
 * `throwOnL2Error`; the lock then runs out with its lease.
 * @returns the entry stored.
 */
export async function writeEntry(
  core: CacheCore,
  keyspace: CacheKeyspace,
  key: string,
  payload: string,
  value: unknown,
  options: ResolvedEntryOptions,
  operation: string,
  lock?: HeldLock,
): Promise<CacheEntry> {
  const dataKey = keyspace.dataKey(key);
  const now = Date.now();
  const entry: CacheEntry = {
    value,
    expiresAt: now + options.ttlMs,
    staleUntil: now + options.ttlMs + options.graceMs,
    tags: options.tags,
  };
  const text = encodeEntry(payload, entry.expiresAt, entry.staleUntil, entry.tags);
  try {
    await core.l2.write(
      dataKey,
      text,
      options.ttlMs + options.graceMs,
      options.tags.map((tag) => keyspace.tagKey(tag)),
      lock,
    );
  } catch (error) {
    if (options.throwOnL2Error) throw error;
    core.events.publish({ event: 'degraded', operation });
  }
  core.l1.set(dataKey, entry, payload.length, Date.now());
  core.announce({ t: 's', k: [dataKey] });
  return entry;
}
