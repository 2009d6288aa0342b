import { RedisError, type RedisErrorCode } from '@org/redis-interface';
import { DemoError } from '../models/DemoError.js';
import { demoErrorStatus } from '../models/demoErrorStatus.js';
import type { ErrorBody } from '../models/ErrorBody.js';

// Redis could not be reached in time, or refused for a while (failover, loading, busy script): worth
// retrying. Other RedisErrors are bugs (INTERNAL_ERROR).
const unavailable: ReadonlySet<RedisErrorCode> = new Set([
  'CONNECTION_FAILED',
  'NOT_CONNECTED',
  'COMMAND_TIMEOUT',
  'CLUSTER_DOWN',
  'READ_ONLY',
  'LOADING',
  'BUSY_SCRIPT',
  'TRY_AGAIN',
  'MASTER_DOWN',
]);

/** What a client gets for an error, and the HTTP status it comes with. */
export interface ErrorReply {
  /** HTTP status (ignored over Socket.IO). */
  readonly status: number;
  /** The body: `{ error: { code, message } }`. */
  readonly body: ErrorBody;
}

/**
 * Turns any error into what a client may see. A {@link DemoError} keeps its code and message; a
 * RedisError saying Redis is unreachable becomes `REDIS_UNAVAILABLE`, without its message (it may name
 * servers); anything else is `INTERNAL_ERROR`. The server logs the original.
 * @param error - anything caught.
 */
export function toErrorBody(error: unknown): ErrorReply {
  const demo = DemoError.is(error)
    ? error
    : RedisError.is(error) && unavailable.has(error.code)
      ? new DemoError('REDIS_UNAVAILABLE', 'The message store is unavailable right now: try again shortly.')
      : new DemoError('INTERNAL_ERROR', 'Something went wrong on the server.');
  return {
    status: demoErrorStatus[demo.code],
    body: {
      error: {
        code: demo.code,
        message: demo.message,
        ...(demo.retryAfterMs === undefined ? {} : { retryAfterMs: demo.retryAfterMs }),
      },
    },
  };
}
