/** The Redis keys of one room. */
export interface RoomKeys {
  /** Stream of messages, trimmed to the configured length. */
  readonly history: string;
  /** Sorted set of connections in the room, scored by their last heartbeat. */
  readonly presence: string;
  /** Counter of messages ever posted. */
  readonly posted: string;
}

/**
 * The keys of a room. They share the hash tag `{room:<name>}`, so they live in one hash slot: the
 * post transaction (XADD + INCR over two keys) is allowed in cluster mode too.
 * @param room - a validated room name (no braces).
 */
export function roomKeys(room: string): RoomKeys {
  const tag = `demo:{room:${room}}`;
  return {
    history: `${tag}:history`,
    presence: `${tag}:presence`,
    posted: `${tag}:posted`,
  };
}

/**
 * The rate-limit counter of a user (its own slot: it is only ever touched alone).
 * @param user - a validated user name.
 */
export function rateLimitKey(user: string): string {
  return `demo:{user:${user}}:rate`;
}
