/**
 * Every error code the demo sends to a client, over HTTP (`{ error: { code, message } }` with the status
 * below) and over Socket.IO (the same body in the ack, or in an `error` event). `README.md` documents each.
 */
export const demoErrorCodes = {
  /** The room name is missing or not 1–32 letters, digits, `-` or `_`. */
  INVALID_ROOM: 'INVALID_ROOM',
  /** The user name is missing or not 1–24 letters, digits, `.`, `-` or `_`. */
  INVALID_USER: 'INVALID_USER',
  /** The message text is missing, not a string, or empty once trimmed. */
  INVALID_MESSAGE: 'INVALID_MESSAGE',
  /** The message text is longer than the configured limit (`DEMO_MAX_MESSAGE_LENGTH`). */
  MESSAGE_TOO_LONG: 'MESSAGE_TOO_LONG',
  /** The payload is not an object (a socket event without its object, a JSON body that is an array…). */
  INVALID_PAYLOAD: 'INVALID_PAYLOAD',
  /** The HTTP body is not valid JSON (or is empty while declared as JSON). */
  INVALID_JSON: 'INVALID_JSON',
  /** The `limit` query parameter is not an integer between 1 and the stored history length. */
  INVALID_LIMIT: 'INVALID_LIMIT',
  /** The HTTP body is not `application/json`. */
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** The HTTP body is larger than the server accepts. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** A socket posted before joining a room. */
  NOT_JOINED: 'NOT_JOINED',
  /** The user posted more messages than the rate limit allows; `retryAfterMs` says when to try again. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** No such route. */
  NOT_FOUND: 'NOT_FOUND',
  /** Redis did not answer (down, timeout, cluster failing over). Nothing was stored; try again later. */
  REDIS_UNAVAILABLE: 'REDIS_UNAVAILABLE',
  /** Anything else that went wrong on the server; the server log has the details. */
  INTERNAL_ERROR: 'INTERNAL_ERROR',
} as const;

/** One code of {@link demoErrorCodes}. */
export type DemoErrorCode = (typeof demoErrorCodes)[keyof typeof demoErrorCodes];
