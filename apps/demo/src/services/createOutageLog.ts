import type { FastifyBaseLogger } from 'fastify';

/** The two calls of {@link createOutageLog}. */
export interface OutageLog {
  /** A client reported an error. */
  readonly error: (error: Error) => void;
  /** The client is connected (again). */
  readonly ready: () => void;
}

/**
 * Logs the errors of clients that reconnect by themselves as one outage: the first error after they
 * were ready is one `warn` (its type and message, no stack: the stack of a connection error is the
 * client's own reconnect loop), the repeats `debug`, and their return one `info` with how long they
 * were down. While a cluster is down, ioredis reports "Connection is closed" and
 * `ClusterAllFailedError` several times a second per client; logged one by one, they buried the line
 * that says what happened. An error `quietMs` after the previous one starts a new outage too, for
 * clients that never say `ready` (the migrating adapter's failed publishes).
 *
 * @param log - where to write.
 * @param what - what the clients are for, e.g. "Socket.IO adapter".
 * @param quietMs - how long without an error ends an outage that no `ready` ended (default 10 s).
 */
export function createOutageLog(log: FastifyBaseLogger, what: string, quietMs = 10_000): OutageLog {
  let downSince: number | undefined;
  let lastErrorAt = 0;
  let repeats = 0;
  return {
    error: (error) => {
      const fields = { errorType: error.name, error: error.message };
      const now = Date.now();
      const quiet = now - lastErrorAt >= quietMs;
      lastErrorAt = now;
      if (downSince !== undefined && !quiet) {
        repeats += 1;
        log.debug(fields, `${what}: Redis still unreachable`);
        return;
      }
      downSince = now;
      repeats = 0;
      log.warn(fields, `${what} lost its Redis connection, retrying: ${error.message}`);
    },
    ready: () => {
      if (downSince === undefined) return;
      log.info({ downForMs: Date.now() - downSince, repeats }, `${what}: Redis connection back`);
      downSince = undefined;
    },
  };
}
