/** Figures about one room, as cached (memory and Redis) by `GET /rooms/:room/stats`. */
export interface RoomStats {
  /** The room. */
  readonly room: string;
  /** Messages posted since the room was created (the history keeps only the latest ones). */
  readonly messages: number;
  /** Messages kept in the history stream (bounded by `DEMO_HISTORY_MAX_LENGTH`). */
  readonly stored: number;
  /** Open connections in the room, on all instances. */
  readonly online: number;
  /** When the latest message was posted, ISO 8601; `null` for an empty room. */
  readonly lastMessageAt: string | null;
  /** When these figures were computed, ISO 8601. */
  readonly computedAt: string;
}
