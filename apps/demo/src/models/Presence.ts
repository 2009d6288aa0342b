/** Who is in a room right now, counted over every app instance (the `presence` event). */
export interface Presence {
  /** The room. */
  readonly room: string;
  /** Open connections in the room, on all instances. */
  readonly count: number;
  /** Distinct user names among them, sorted. */
  readonly users: readonly string[];
}
