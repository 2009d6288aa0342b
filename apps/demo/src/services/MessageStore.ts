import type { IRedisService } from '@org/redis-interface';
import { roomKeys } from '../calculations/roomKeys.js';
import { toChatMessage } from '../calculations/toChatMessage.js';
import type { ChatMessage } from '../models/ChatMessage.js';

/** The message history of every room: one Redis stream per room, bounded in length. */
export class MessageStore {
  /**
   * @param redis - the connected service.
   * @param maxLength - messages kept per room; XADD trims older ones (MAXLEN, exact, as XTRIM would).
   */
  public constructor(
    private readonly redis: IRedisService,
    private readonly maxLength: number,
  ) {}

  /**
   * Stores a message: XADD with trimming and the room's post counter, in one MULTI/EXEC. The two keys
   * share the room's hash tag, so this is one slot in cluster mode too. (The cached stats are dropped by
   * `ChatService` afterwards, through the cache.)
   * @returns the stored message, with its stream ID.
   * @throws RedisError when Redis fails; then nothing was stored.
   */
  public async append(room: string, user: string, text: string): Promise<ChatMessage> {
    const keys = roomKeys(room);
    const at = Date.now();
    const { results } = await this.redis.transaction([], (tx) => {
      tx.xadd(keys.history, { user, text, at }, { trim: { maxLen: this.maxLength } }).incr(keys.posted);
    });
    const [added] = results;
    if (added === undefined || !added.ok) throw added?.error ?? new Error('XADD got no reply');
    return toChatMessage(room, { id: String(added.value), fields: { user, text, at: String(at) } });
  }

  /**
   * The latest messages of a room, oldest first (XREVRANGE … COUNT, reversed).
   * @param limit - at most this many.
   */
  public async recent(room: string, limit: number): Promise<ChatMessage[]> {
    const entries = await this.redis.xrevrange(roomKeys(room).history, '+', '-', limit);
    return entries.reverse().map((entry) => toChatMessage(room, entry));
  }
}
