import type { IRedisService } from '@org/redis-interface';
import { roomKeys } from '../calculations/roomKeys.js';
import type { RoomStats } from '../models/RoomStats.js';
import type { PresenceTracker } from './PresenceTracker.js';

/** Room stats, and whether they came from the cache. */
export interface CachedRoomStats {
  readonly stats: RoomStats;
  /** `true` when read from the cache, `false` when just computed. */
  readonly cached: boolean;
}

/**
 * Room stats cached in Redis with a TTL, shared by every instance. Posting a message deletes the
 * cached entry (in the same transaction as the XADD), so the TTL only bounds how stale the presence
 * figure can be.
 */
export class RoomStatsCache {
  /**
   * @param redis - the connected service.
   * @param presence - counts the connections.
   * @param ttlSeconds - how long computed stats are reused.
   */
  public constructor(
    private readonly redis: IRedisService,
    private readonly presence: PresenceTracker,
    private readonly ttlSeconds: number,
  ) {}

  /** The room's stats, from the cache when present there. */
  public async get(room: string): Promise<CachedRoomStats> {
    const keys = roomKeys(room);
    const hit = await this.redis.getJson<RoomStats>(keys.stats);
    if (hit !== null) return { stats: hit, cached: true };
    const [posted, stored, latest, presence] = await Promise.all([
      this.redis.get(keys.posted),
      this.redis.xlen(keys.history),
      this.redis.xrevrange(keys.history, '+', '-', 1),
      this.presence.count(room),
    ]);
    const lastAt = Number(latest[0]?.fields['at']);
    const stats: RoomStats = {
      room,
      messages: Number(posted ?? 0),
      stored,
      online: presence.count,
      lastMessageAt: Number.isFinite(lastAt) ? new Date(lastAt).toISOString() : null,
      computedAt: new Date().toISOString(),
    };
    await this.redis.setJson(keys.stats, stats, { ttl: { seconds: this.ttlSeconds } });
    return { stats, cached: false };
  }
}
