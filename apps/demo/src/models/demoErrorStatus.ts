import type { DemoErrorCode } from './demoErrorCodes.js';

/** The HTTP status each error code is sent with (Socket.IO acks carry the same body without a status). */
export const demoErrorStatus: Readonly<Record<DemoErrorCode, number>> = {
  INVALID_ROOM: 400,
  INVALID_USER: 400,
  INVALID_MESSAGE: 400,
  MESSAGE_TOO_LONG: 400,
  INVALID_PAYLOAD: 400,
  INVALID_JSON: 400,
  INVALID_LIMIT: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  NOT_JOINED: 409,
  RATE_LIMITED: 429,
  NOT_FOUND: 404,
  REDIS_UNAVAILABLE: 503,
  INTERNAL_ERROR: 500,
};
