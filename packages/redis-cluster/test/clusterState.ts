import { setTimeout as sleep } from 'node:timers/promises';
import { parseInfo } from '@org/redis-core';
import { Redis } from 'ioredis';

/**
 * `performance.now()` once the node at `host:port` reports `cluster_state:<state>` (`fail`: a
 * killed master was marked FAIL and its slots have no master yet), polling every 10 ms, on fresh
 * connections (the node may be down at first), for at most `limitMs`.
 */
export async function waitForClusterState(
  node: { readonly host: string; readonly port: number },
  state: 'ok' | 'fail',
  limitMs: number,
): Promise<number> {
  const giveUp = performance.now() + limitMs;
  while (performance.now() < giveUp) {
    const client = new Redis({ ...node, lazyConnect: true, retryStrategy: () => null, connectTimeout: 200 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      if (parseInfo(await client.cluster('INFO'))['cluster_state'] === state) return performance.now();
    } catch {
      // Not up yet: try again.
    } finally {
      client.disconnect();
    }
    await sleep(10);
  }
  throw new Error(`${node.host}:${node.port} did not report cluster_state:${state} within ${limitMs} ms`);
}
