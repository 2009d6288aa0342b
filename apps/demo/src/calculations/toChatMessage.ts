import type { StreamEntry } from '@org/redis-interface';
import type { ChatMessage } from '../models/ChatMessage.js';

/**
 * A message from its history stream entry (fields `user`, `text`, `at` in epoch ms).
 * @param room - the room the stream belongs to.
 * @param entry - the stream entry.
 */
export function toChatMessage(room: string, entry: StreamEntry): ChatMessage {
  const at = Number(entry.fields['at']);
  return {
    id: entry.id,
    room,
    user: entry.fields['user'] ?? '',
    text: entry.fields['text'] ?? '',
    at: new Date(Number.isFinite(at) ? at : 0).toISOString(),
  };
}
