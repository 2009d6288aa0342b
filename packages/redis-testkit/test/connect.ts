import { readFileSync } from 'node:fs';
import { Cluster, Redis, type RedisOptions } from 'ioredis';
import type { RedisClusterTopology, RedisStandaloneTopology } from '../src/index.js';

const noRetry: Omit<RedisOptions, 'replyMapping'> = {
  lazyConnect: true,
  maxRetriesPerRequest: 0,
  enableOfflineQueue: false,
  retryStrategy: () => null,
  connectTimeout: 2_000,
  commandTimeout: 2_000,
};

/** A connected ioredis client for a standalone topology, failing fast (test helper). */
export async function connectStandalone(
  topology: RedisStandaloneTopology,
  options: Omit<RedisOptions, 'replyMapping'> = {},
): Promise<Redis> {
  const client = new Redis({
    host: topology.host,
    port: topology.port,
    ...noRetry,
    ...(topology.tls === undefined
      ? {}
      : { tls: { ca: topology.tls.ca, servername: topology.tls.servername } }),
    ...options,
  });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** A connected ioredis Cluster client for a cluster topology (test helper). */
export async function connectCluster(
  topology: Pick<RedisClusterTopology, 'startupNodes' | 'tls'>,
): Promise<Cluster> {
  const client = new Cluster([...topology.startupNodes], {
    lazyConnect: true,
    redisOptions:
      topology.tls === undefined ? {} : { tls: { ca: topology.tls.ca, servername: topology.tls.servername } },
  });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** True while a process with this PID exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Poll until the PID is gone (or a zombie: killed, waiting to be reaped by init), up to
 * `timeoutMs`. A SIGKILL sent by an exiting parent lands a moment after that parent is gone.
 */
export async function hasExited(pid: number, timeoutMs = 3_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid) || isZombie(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

function isZombie(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z') ?? false;
  } catch {
    return false;
  }
}
