import type { CacheEntry } from '../models/CacheEntry.js';

/** The later of two stale candidates. */
export function newer(current: CacheEntry | undefined, candidate: CacheEntry): CacheEntry {
  return current === undefined || candidate.expiresAt > current.expiresAt ? candidate : current;
}
