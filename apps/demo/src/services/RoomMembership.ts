import type { FastifyBaseLogger } from 'fastify';
import type { Presence } from '../models/Presence.js';
import type { PresenceEntry, PresenceTracker } from './PresenceTracker.js';

/**
 * The connections of this instance and the room each is in: keeps their presence in Redis alive with a
 * heartbeat, and announces every change to the room.
 */
export class RoomMembership {
  private readonly local = new Map<string, PresenceEntry>();
  private readonly pending = new Set<Promise<void>>();
  private readonly heartbeat: NodeJS.Timeout;

  /**
   * @param presence - the shared presence in Redis.
   * @param announce - sends a room's new presence to its members (on every instance).
   * @param heartbeatMs - how often this instance's connections are refreshed (a fraction of the TTL).
   * @param log - where failed heartbeats and leaves are reported.
   */
  public constructor(
    private readonly presence: PresenceTracker,
    private readonly announce: (presence: Presence) => void,
    heartbeatMs: number,
    private readonly log: FastifyBaseLogger,
  ) {
    this.heartbeat = setInterval(() => {
      this.presence.refresh([...this.local.values()]).catch((error: unknown) => {
        this.log.warn({ err: error }, 'presence heartbeat failed');
      });
    }, heartbeatMs);
    // The heartbeat alone must not keep the process alive.
    this.heartbeat.unref();
  }

  /** The room a connection is in, if any. */
  public entryOf(socketId: string): PresenceEntry | undefined {
    return this.local.get(socketId);
  }

  /**
   * Puts a connection in a room, out of its previous one, and announces both rooms.
   * @returns the new room's presence.
   */
  public async enter(socketId: string, entry: PresenceEntry): Promise<Presence> {
    const previous = this.local.get(socketId);
    this.local.set(socketId, entry);
    if (previous !== undefined && previous.room !== entry.room) await this.removeAndAnnounce(previous);
    // Same room under another name: the old entry must go, or the old name would linger for a TTL.
    else if (previous !== undefined && previous.user !== entry.user) await this.presence.remove(previous);
    await this.presence.add(entry);
    const current = await this.presence.count(entry.room);
    this.announce(current);
    return current;
  }

  /** Takes a closed connection out of its room, in the background (see {@link RoomMembership.close}). */
  public leave(socketId: string): void {
    const entry = this.local.get(socketId);
    if (entry === undefined) return;
    this.local.delete(socketId);
    const task = this.removeAndAnnounce(entry).catch((error: unknown) => {
      this.log.warn({ err: error, room: entry.room }, 'presence cleanup failed');
    });
    this.pending.add(task);
    void task.finally(() => this.pending.delete(task));
  }

  /** Stops the heartbeat and waits for leaves still talking to Redis. */
  public async close(): Promise<void> {
    clearInterval(this.heartbeat);
    await Promise.allSettled([...this.pending]);
  }

  private async removeAndAnnounce(entry: PresenceEntry): Promise<void> {
    await this.presence.remove(entry);
    this.announce(await this.presence.count(entry.room));
  }
}
