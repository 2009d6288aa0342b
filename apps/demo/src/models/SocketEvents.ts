import type { ChatMessage } from './ChatMessage.js';
import type { ErrorBody } from './ErrorBody.js';
import type { LiveStatus } from './LiveStatus.js';
import type { Presence } from './Presence.js';

/**
 * Events a client may emit. Arguments are typed `unknown` on purpose: they come from the network and
 * are validated before use (an ack callback, when given, is the last one).
 */
export interface ClientToServerEvents {
  /** `{ room, user }`: enter a room (leaving the previous one). Ack: {@link JoinReply} or an error. */
  join: (...args: unknown[]) => void;
  /** `{ text }`: post to the joined room. Ack: {@link PostReply} or an error. */
  post: (...args: unknown[]) => void;
}

/** Events the server emits. */
export interface ServerToClientEvents {
  /** A message posted to the room, from any instance. */
  message: (message: ChatMessage) => void;
  /** The room's presence changed. */
  presence: (presence: Presence) => void;
  /**
   * This instance's view of Redis, for the page's live panel: on connect, once a second, and at once
   * when the connection to Redis is lost or back.
   */
  status: (status: LiveStatus) => void;
  /** An event the client emitted without an ack callback failed. */
  error: (error: ErrorBody & { readonly event: string }) => void;
}

/** Ack of a successful `join`. */
export interface JoinReply {
  readonly ok: true;
  readonly room: string;
  readonly user: string;
  /** The ID of the instance the socket is connected to (several instances share one chat). */
  readonly instance: string;
  /** The latest messages, oldest first. */
  readonly history: readonly ChatMessage[];
  readonly presence: Presence;
}

/** Ack of a successful `post`. */
export interface PostReply {
  readonly ok: true;
  readonly message: ChatMessage;
}
