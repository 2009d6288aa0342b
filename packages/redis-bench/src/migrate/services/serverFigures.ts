import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { Redis } from 'ioredis';
import type { RedisNodeInfo } from '@org/redis-testkit';
import { cpuTicksFromStat } from '../calculations/procFigures.js';

const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/**
 * CPU seconds the given server processes have used so far, together (utime + stime).
 * @throws Error when a node has no PID (not started by the testkit's local backend).
 */
export function serverCpuSeconds(nodes: readonly RedisNodeInfo[]): number {
  return nodes.reduce((sum, node) => {
    if (node.pid === undefined) throw new Error(`${node.id} has no PID: the bench needs local servers`);
    return sum + cpuTicksFromStat(readFileSync(`/proc/${node.pid}/stat`, 'utf8')) / ticksPerSecond;
  }, 0);
}

/** DBSIZE of each node added up (each a master: the cluster's key count). */
export async function totalKeys(
  nodes: readonly { readonly host: string; readonly port: number }[],
): Promise<number> {
  const sizes = await Promise.all(
    nodes.map(async ({ host, port }) => {
      const client = new Redis({
        host,
        port,
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      });
      client.on('error', () => undefined);
      try {
        await client.connect();
        return await client.dbsize();
      } finally {
        client.disconnect();
      }
    }),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

/** The `redis_version` of a server, read from INFO server. */
export async function serverVersion(node: { readonly host: string; readonly port: number }): Promise<string> {
  const client = new Redis({ host: node.host, port: node.port, lazyConnect: true, maxRetriesPerRequest: 0 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return /redis_version:(\S+)/.exec(await client.info('server'))?.[1] ?? 'unknown';
  } finally {
    client.disconnect();
  }
}
