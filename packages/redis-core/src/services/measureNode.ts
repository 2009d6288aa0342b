import type { RedisNodeHealth, RedisNodeRole } from '@org/redis-interface';
import type { NodeConnection } from '../models/NodeConnection.js';

/** PING one node and report it; an error message is the server's or the socket's, never config. */
export async function measureNode(
  connection: Pick<NodeConnection, 'call'>,
  address: string,
  role: RedisNodeRole,
  timeoutMs: number,
): Promise<RedisNodeHealth> {
  const started = performance.now();
  try {
    await Promise.race([
      connection.call('ping', []),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`no PONG within ${timeoutMs} ms`)), timeoutMs).unref(),
      ),
    ]);
    return { address, role, status: 'up', latencyMs: Math.round((performance.now() - started) * 100) / 100 };
  } catch (error) {
    return { address, role, status: 'down', error: error instanceof Error ? error.message : String(error) };
  }
}
