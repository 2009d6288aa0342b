import type { Cluster, Redis } from 'ioredis';

/**
 * `client.connect()`, but rejecting with the error that made it fail: ioredis rejects with
 * "Connection is closed" and reports the reason (WRONGPASS, ECONNREFUSED, a TLS failure) only
 * as an `error` event, which callers need to map to the right code.
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
