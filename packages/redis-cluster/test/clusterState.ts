import { setTimeout as sleep } from 'node:timers/promises';
import { parseInfo } from '@org/redis-core';
import { Redis } from 'ioredis';

/**
 * Resolve once the node at `host:port` reports `cluster_state:fail` (a killed master was marked
 * FAIL and its slots have no master yet), polling every 20 ms for at most `limitMs`.
 */
export async function waitForClusterFail(
  node: { readonly host: string; readonly port: number },
  limitMs: number,
): Promise<void> {
  const client = new Redis({ ...node, lazyConnect: true, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const giveUp = Date.now() + limitMs;
    while (Date.now() < giveUp) {
      const state = parseInfo(await client.cluster('INFO'))['cluster_state'];
      if (state === 'fail') return;
      await sleep(20);
    }
    throw new Error(`${node.host}:${node.port} did not report cluster_state:fail within ${limitMs} ms`);
  } finally {
    client.disconnect();
  }
}
