import { randomBytes } from 'node:crypto';
import { redisTestServers } from '@org/redis-testkit';

/** The two modes every fan-out test runs in. */
export const modes = ['standalone', 'cluster'] as const;

/** A Redis mode of the shared test servers. */
export type Mode = (typeof modes)[number];

/** A `REDIS_CLUSTER_NODES` value: `host:port,host:port…`. */
export function nodeList(nodes: readonly { readonly host: string; readonly port: number }[]): string {
  return nodes.map((node) => `${node.host}:${node.port}`).join(',');
}

/**
 * A live move's variables over the shared test servers, in dual-write (no control key set): the
 * standalone server as the source, the cluster as the target.
 */
export function migratingEnv(): Record<string, string> {
  const servers = redisTestServers();
  return {
    REDIS_MODE: 'migrating',
    SOURCE_REDIS_URL: servers.standalone.url,
    TARGET_REDIS_MODE: 'cluster',
    TARGET_REDIS_CLUSTER_NODES: nodeList(servers.cluster.startupNodes),
  };
}

/** `REDIS_*` variables pointing at the shared test server of `mode` (never the machine's 6379). */
export function redisEnv(mode: Mode): Record<string, string> {
  const servers = redisTestServers();
  if (mode === 'standalone') return { REDIS_MODE: 'standalone', REDIS_URL: servers.standalone.url };
  return {
    REDIS_MODE: 'cluster',
    REDIS_CLUSTER_NODES: nodeList(servers.cluster.startupNodes),
  };
}

/** A name no other test uses (rooms and users share the servers with every test file). */
export function unique(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}
