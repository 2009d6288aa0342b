import { randomBytes } from 'node:crypto';
import { redisTestServers } from '@org/redis-testkit';

/** The two modes every fan-out test runs in. */
export const modes = ['standalone', 'cluster'] as const;

/** A Redis mode of the shared test servers. */
export type Mode = (typeof modes)[number];

/** `REDIS_*` variables pointing at the shared test server of `mode` (never the machine's 6379). */
export function redisEnv(mode: Mode): Record<string, string> {
  const servers = redisTestServers();
  if (mode === 'standalone') return { REDIS_MODE: 'standalone', REDIS_URL: servers.standalone.url };
  return {
    REDIS_MODE: 'cluster',
    REDIS_CLUSTER_NODES: servers.cluster.startupNodes.map((node) => `${node.host}:${node.port}`).join(','),
  };
}

/** A name no other test uses (rooms and users share the servers with every test file). */
export function unique(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}
