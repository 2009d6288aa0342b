import { LRUCache } from 'lru-cache';
import type { CacheEntry } from '../models/CacheEntry.js';

/**
 * The in-memory tier: an LRU bounded by entries and bytes, each entry dropped when its grace period ends.
 * Keys are the entries' Redis keys, so an invalidation from the bus names them directly. While `trusted` is
 * false (the bus is down, invalidations may be lost) nothing is read from it or written to it.
 */
export class L1Store {
  private readonly entries: LRUCache<string, CacheEntry> | undefined;
  private trustedNow = true;
  /**
   * Invalidation clock: a read from Redis that started before an invalidation of its key (or a clear) must
   * not put its older value in L1 afterwards.
   */
  private clock = 0;
  private clearedAt = 0;
  private readonly invalidatedAt = new Map<string, number>();

  /**
   * @param options - `enabled`, `maxEntries`, `maxBytes` (a value counts as twice its serialized length
   * plus its key: JavaScript strings are UTF-16).
   */
  public constructor(options: {
    readonly enabled: boolean;
    readonly maxEntries: number;
    readonly maxBytes: number;
  }) {
    this.entries = options.enabled
      ? new LRUCache<string, CacheEntry>({ max: options.maxEntries, maxSize: options.maxBytes })
      : undefined;
  }

  /** The entry, fresh or stale, while trusted. */
  public get(key: string): CacheEntry | undefined {
    return this.trustedNow ? this.entries?.get(key) : undefined;
  }

  /** The invalidation clock now: pass it to `set` for a value read from Redis from now on. */
  public mark(): number {
    return this.clock;
  }

  /**
   * Keeps an entry until its grace period ends.
   * @param size - bytes it counts for: its serialized length.
   * @param readAt - for a value read from Redis, {@link L1Store.mark} before the read: the value is not kept
   * if its key was invalidated since.
   */
  public set(key: string, entry: CacheEntry, size: number, now: number, readAt?: number): void {
    if (this.entries === undefined || !this.trustedNow) return;
    if (readAt !== undefined && (this.clearedAt > readAt || (this.invalidatedAt.get(key) ?? 0) > readAt))
      return;
    const ttl = entry.staleUntil - now;
    if (ttl <= 0) return;
    this.entries.set(key, entry, { ttl, size: Math.max(1, 2 * (size + key.length)) });
  }

  /** Drops entries. */
  public delete(keys: Iterable<string>): void {
    if (this.entries === undefined) return;
    this.clock += 1;
    // Bounded: past 100 000 remembered keys, forget them and count it as a clear (reads in flight are dropped).
    if (this.invalidatedAt.size > 100_000) {
      this.invalidatedAt.clear();
      this.clearedAt = this.clock;
    }
    for (const key of keys) {
      this.entries.delete(key);
      this.invalidatedAt.set(key, this.clock);
    }
  }

  /** Drops every entry `matches` selects (a namespace, a tag). */
  public deleteWhere(matches: (key: string, entry: CacheEntry) => boolean): void {
    if (this.entries === undefined) return;
    const doomed: string[] = [];
    for (const [key, entry] of this.entries.entries()) if (matches(key, entry)) doomed.push(key);
    for (const key of doomed) this.entries.delete(key);
    this.cleared();
  }

  /** Drops everything. */
  public clear(): void {
    this.entries?.clear();
    this.cleared();
  }

  private cleared(): void {
    this.clock += 1;
    this.clearedAt = this.clock;
    this.invalidatedAt.clear();
  }

  /**
   * Stops (false: everything is dropped) or resumes using the tier.
   * @param trusted - false while invalidations may be lost.
   */
  public setTrusted(trusted: boolean): void {
    if (!trusted) this.clear();
    this.trustedNow = trusted;
  }

  /** How many entries are kept. */
  public get size(): number {
    return this.entries?.size ?? 0;
  }
}
