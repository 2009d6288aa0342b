import { randomBytes } from 'node:crypto';
import type { RedisMode } from '@org/redis-interface';
import { redisTestServers } from '@org/redis-testkit';

/** The two modes every example runs in. */
export const modes: readonly RedisMode[] = ['standalone', 'cluster'];

/** A run id of its own per run, so that runs share the servers without sharing keys. */
export function uniqueRunId(): string {
  return `t${randomBytes(4).toString('hex')}`;
}

/**
 * The `REDIS_*` variables a user would set to reach the shared test server of `mode` (the names of
 * `.env.example`); in cluster mode with sharded pub/sub, as the README recommends for the cache's bus.
 */
export function redisEnv(mode: RedisMode): Record<string, string> {
  const servers = redisTestServers();
  return mode === 'cluster'
    ? {
        REDIS_MODE: 'cluster',
        REDIS_CLUSTER_NODES: servers.cluster.startupNodes
          .map(({ host, port }) => `${host}:${port}`)
          .join(','),
        REDIS_SHARDED_PUBSUB: 'true',
      }
    : { REDIS_MODE: 'standalone', REDIS_URL: servers.standalone.url };
}

/** What a child process needs besides the Redis variables: a PATH and a HOME (tsx keeps its cache there). */
export function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ['PATH', 'HOME', 'TMPDIR']) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return env;
}
