// Launcher only: the app itself never depends on the testkit.
import { startCluster, startStandalone } from '@org/redis-testkit';

/** A Redis the launcher started, and the `REDIS_*` variables that point the factory at it. */
export interface EmbeddedRedis {
  /** `REDIS_MODE` plus `REDIS_URL` or `REDIS_CLUSTER_NODES`. */
  readonly env: Readonly<Record<string, string>>;
  /** Stops every `redis-server` it started. */
  stop(): Promise<void>;
}

/**
 * Starts a throw-away local Redis through the testkit: one server, or a cluster of 3 masters with one
 * replica each. Needs `redis-server` on PATH, or Docker.
 * @throws TestkitError `NO_BACKEND` (with what to install), `START_FAILED`, `CLUSTER_NOT_READY`.
 */
export async function startEmbeddedRedis(mode: 'standalone' | 'cluster'): Promise<EmbeddedRedis> {
  if (mode === 'standalone') {
    const server = await startStandalone();
    return { env: { REDIS_MODE: 'standalone', REDIS_URL: server.url }, stop: () => server.stop() };
  }
  const cluster = await startCluster({ masters: 3, replicasPerMaster: 1 });
  const nodes = cluster.startupNodes.map((node) => `${node.host}:${node.port}`).join(',');
  return { env: { REDIS_MODE: 'cluster', REDIS_CLUSTER_NODES: nodes }, stop: () => cluster.stop() };
}
