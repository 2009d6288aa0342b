import { Redis } from 'ioredis';
import type { TestCredentials, TlsMaterial } from '../models/RedisNodeInfo.js';

/** How the testkit itself reaches a node it manages. */
export interface AdminConnection {
  readonly host: string;
  readonly port: number;
  readonly tls?: TlsMaterial | undefined;
  readonly credentials?: TestCredentials | undefined;
}

/**
 * Run `commands` on a fresh, short-lived connection that never retries or queues:
 * a node that does not answer fails fast, which is what readiness polling needs.
 */
export async function withAdminClient<T>(
  connection: AdminConnection,
  action: (client: Redis) => Promise<T>,
  timeoutMs = 2_000,
): Promise<T> {
  const client = new Redis({
    host: connection.host,
    port: connection.port,
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    ...(connection.credentials === undefined
      ? {}
      : { username: connection.credentials.username, password: connection.credentials.password }),
    ...(connection.tls === undefined
      ? {}
      : { tls: { ca: connection.tls.ca, servername: connection.tls.servername } }),
  });
  // Errors surface through the awaited calls; an unhandled 'error' event would crash the runner.
  client.on('error', () => undefined);
  try {
    await client.connect();
    return await action(client);
  } finally {
    client.disconnect();
  }
}

/** Send one command as raw arguments and return its reply as text. */
export async function adminCommand(
  connection: AdminConnection,
  command: string,
  ...args: (string | number)[]
): Promise<string> {
  return withAdminClient(connection, async (client) => String(await client.call(command, ...args)));
}
