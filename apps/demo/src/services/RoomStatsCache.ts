import type { IRedisCache } from '@org/redis-cache';
import type { IRedisService } from '@org/redis-interface';
import { roomKeys } from '../calculations/roomKeys.js';
import type { RoomStats } from '../models/RoomStats.js';
import type { PresenceTracker } from './PresenceTracker.js';

/** Room stats, and whether they came from the cache. */
export interface CachedRoomStats {
  readonly stats: RoomStats;
  /** `false` when this request computed them, `true` when they came from the cache (memory or Redis). */
  readonly cached: boolean;
}

/**
 * Room stats in a two-tier cache (`@org/redis-cache`: each instance's memory over Redis), shared by every
 * instance. A missing entry is computed once across the deployment (the cache's lock; other callers wait
 * for it), kept for the cache's TTL, then answered stale within its grace while one caller recomputes it.
 * A post drops the room's entry after its transaction, from Redis and, over the cache's bus, from every
 * instance's memory, so the TTL only bounds how stale the presence figure can be. One key per room, so a
 * plain delete rather than a tag: fewer keys written by several instances at once, which a live move's
 * shadow reads would report as mismatches (see docs/live-migration-races.md).
 */
export class RoomStatsCache {
  /**
   * @param cache - the cache (TTL and grace are its options).
   * @param redis - the connected service the stats are computed from.
   * @param presence - counts the connections.
   * @param onInvalidationError - told when dropping a room's stats failed: the post is stored all the
   *   same, and the stats are at most one TTL late.
   */
  public constructor(
    private readonly cache: IRedisCache,
    private readonly redis: IRedisService,
    private readonly presence: PresenceTracker,
    private readonly onInvalidationError: (error: unknown, room: string) => void,
  ) {}

  /**
   * The room's stats, from the cache when it holds them.
   * @throws RedisError when they had to be computed and Redis failed (and no stale value was at hand).
   */
  public async get(room: string): Promise<CachedRoomStats> {
    // Set once this request's factory has computed them: every other answer is the cache's (a fresh
    // value, one computed by a concurrent caller, or a stale one while another caller recomputes it).
    let computed = false;
    const stats = await this.cache.getOrSet<RoomStats>(room, async () => {
      const fresh = await this.compute(room);
      computed = true;
      return fresh;
    });
    return { stats, cached: !computed };
  }

  /**
   * Drops the room's cached stats on every instance (after a post). Never rejects: a failure goes to
   * `onInvalidationError`, since the post it follows is already stored.
   */
  public async invalidate(room: string): Promise<void> {
    try {
      await this.cache.delete(room);
    } catch (error) {
      this.onInvalidationError(error, room);
    }
  }

  private async compute(room: string): Promise<RoomStats> {
    const keys = roomKeys(room);
    const [posted, stored, latest, presence] = await Promise.all([
      this.redis.get(keys.posted),
      this.redis.xlen(keys.history),
      this.redis.xrevrange(keys.history, '+', '-', 1),
      this.presence.count(room),
    ]);
    const lastAt = Number(latest[0]?.fields['at']);
    return {
      room,
      messages: Number(posted ?? 0),
      stored,
      online: presence.count,
      lastMessageAt: Number.isFinite(lastAt) ? new Date(lastAt).toISOString() : null,
      computedAt: new Date().toISOString(),
    };
  }
}
