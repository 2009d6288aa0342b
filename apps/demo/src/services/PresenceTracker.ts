import type { IRedisService } from '@org/redis-interface';
import { roomKeys } from '../calculations/roomKeys.js';
import type { Presence } from '../models/Presence.js';

/** One connection in a room. */
export interface PresenceEntry {
  readonly room: string;
  readonly user: string;
  /** Unique over all instances: `<instance id>:<socket id>`. */
  readonly connection: string;
}

/**
 * Who is in which room, over every app instance: a sorted set per room whose members are connections,
 * scored by their last heartbeat. A connection counts while its score is younger than the TTL, so an
 * instance that dies without cleaning up stops counting after one TTL.
 */
export class PresenceTracker {
  /**
   * @param redis - the connected service.
   * @param ttlMs - how long a connection counts without a heartbeat.
   */
  public constructor(
    private readonly redis: IRedisService,
    private readonly ttlMs: number,
  ) {}

  /** Adds a connection to its room (or refreshes it). */
  public async add(entry: PresenceEntry): Promise<void> {
    await this.refresh([entry]);
  }

  /** Removes a connection from its room. */
  public async remove(entry: PresenceEntry): Promise<void> {
    await this.redis.zrem(roomKeys(entry.room).presence, member(entry));
  }

  /**
   * Heartbeat: refreshes many connections in one pipeline (split per node in cluster mode). The key
   * expires when no instance refreshes it any more, so empty rooms leave nothing behind.
   */
  public async refresh(entries: readonly PresenceEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const pipeline = this.redis.pipeline();
    const now = Date.now();
    for (const entry of entries) {
      const key = roomKeys(entry.room).presence;
      pipeline.zadd(key, { score: now, member: member(entry) }).pexpire(key, this.ttlMs * 2);
    }
    const failed = (await pipeline.exec()).find((result) => !result.ok);
    if (failed !== undefined) throw failed.error;
  }

  /** The room's presence: drops connections whose heartbeat is older than the TTL, then counts. */
  public async count(room: string): Promise<Presence> {
    const key = roomKeys(room).presence;
    await this.redis.zremrangebyscore(key, '-inf', `(${Date.now() - this.ttlMs}`);
    const members = await this.redis.zrange(key, 0, -1);
    const users = new Set(members.map((found) => userOf(found)));
    return { room, count: members.length, users: [...users].sort() };
  }
}

function member(entry: PresenceEntry): string {
  return JSON.stringify([entry.user, entry.connection]);
}

function userOf(found: string): string {
  try {
    const [user] = JSON.parse(found) as unknown[];
    return typeof user === 'string' ? user : '?';
  } catch {
    return '?';
  }
}
