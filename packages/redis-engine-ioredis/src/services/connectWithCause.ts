import type { Cluster, Redis } from 'ioredis';

/**
 * `client.connect()`, but rejecting with the error that made it fail: ioredis rejects with
 * "Connection is closed" and reports the reason (WRONGPASS, ECONNREFUSED, a TLS failure) only
 * as an `error` event, which callers need to map to the right code.
 *
 * The error is ioredis' own and records the `HELLO … AUTH user password` it sent: pass it through
 * `mapRedisError` (which scrubs it) before it reaches a caller or a log.
 */
export async function connectWithCause(client: Redis | Cluster): Promise<void> {
  let reason: unknown;
  const remember = (error: unknown): void => {
    reason ??= error;
  };
  client.on('error', remember);
  try {
    await client.connect();
  } catch (error) {
    throw reason ?? error;
  } finally {
    client.off('error', remember);
  }
}
