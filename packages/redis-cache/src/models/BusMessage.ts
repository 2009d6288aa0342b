/**
 * A message on a cache's bus, as JSON with short fields: `i` the sending instance, `e` its message number
 * (1, 2, 3… over every message it sends, heartbeats included, so a receiver sees a lost one as a jump),
 * `t` the type, then what it invalidates.
 */
export interface BusMessage {
  /** Sending instance, random per cache instance. */
  readonly i: string;
  /** The sender's message number. */
  readonly e: number;
  /** `s` set, `d` delete, `g` tags, `c` clear, `h` heartbeat. */
  readonly t: 's' | 'd' | 'g' | 'c' | 'h';
  /** Data keys (set, delete). */
  readonly k?: readonly string[];
  /** Namespace path (tags, clear). */
  readonly n?: string;
  /** Tags (tags). */
  readonly g?: readonly string[];
}

/** An invalidation to send: a message without the sender's fields. */
export type BusInvalidation = Omit<BusMessage, 'i' | 'e'>;
