import type { DemoErrorCode } from './demoErrorCodes.js';

/**
 * What a client receives when something fails: the HTTP response body, the Socket.IO ack, and the
 * payload of the Socket.IO `error` event (which also names the `event` that failed).
 */
export interface ErrorBody {
  readonly error: {
    /** One of `demoErrorCodes`. */
    readonly code: DemoErrorCode;
    /** What was wrong and what to do, for people. */
    readonly message: string;
    /** `RATE_LIMITED` only: milliseconds until posting is allowed again. */
    readonly retryAfterMs?: number;
  };
}
