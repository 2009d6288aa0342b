import type { ChatMessage } from '../models/ChatMessage.js';
import type { MessageStore } from './MessageStore.js';
import type { RateLimiter } from './RateLimiter.js';
import type { RoomStatsCache } from './RoomStatsCache.js';

/** Sends a stored message to everyone in its room, on every instance (the Socket.IO adapter). */
export type Broadcast = (message: ChatMessage) => void;

/** Posting, the same over HTTP and Socket.IO: rate limit, store, drop the room's cached stats, then fan out. */
export class ChatService {
  /**
   * @param store - where messages are kept.
   * @param limiter - the per-user rate limit.
   * @param stats - the room stats, dropped on every instance once a message is stored.
   * @param broadcast - fans a stored message out.
   */
  public constructor(
    private readonly store: MessageStore,
    private readonly limiter: RateLimiter,
    private readonly stats: RoomStatsCache,
    private readonly broadcast: Broadcast,
  ) {}

  /**
   * Posts validated input. Nothing is stored or sent when the user is over the limit.
   * @returns the stored message.
   * @throws DemoError `RATE_LIMITED`; RedisError when Redis fails.
   */
  public async post(room: string, user: string, text: string): Promise<ChatMessage> {
    await this.limiter.consume(user);
    const message = await this.store.append(room, user, text);
    // Before the answer and the broadcast: whoever reads the stats next (a client that saw the message,
    // on any instance) gets them computed again. It never rejects: the message is stored already.
    await this.stats.invalidate(room);
    this.broadcast(message);
    return message;
  }
}
