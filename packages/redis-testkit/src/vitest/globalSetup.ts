/**
 * Vitest `globalSetup` for integration projects: one standalone server and one cluster per
 * test run, shared by every test file through `inject('redisTestServers')`, so suites do not
 * each pay the start-up. Everything started here is stopped in teardown (and at process exit).
 */
import type { TestProject } from 'vitest/node';
import type { RedisTestServers } from '../models/RedisTestServers.js';
import { startCluster, startStandalone } from '../services/startTopology.js';

/**
 * Starts the shared standalone server and cluster (in parallel) and provides their addresses as
 * `redisTestServers`.
 *
 * @param project - the vitest project the servers are provided to.
 * @returns the teardown, which stops both.
 * @throws TestkitError `NO_BACKEND` when no way to run Redis is available, `START_FAILED`,
 *   `INVALID_ENVIRONMENT` (as `startStandalone` and `startCluster`).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const [standalone, cluster] = await Promise.all([startStandalone(), startCluster()]);
  const servers: RedisTestServers = {
    standalone: {
      backend: standalone.backend,
      host: standalone.host,
      port: standalone.port,
      url: standalone.url,
    },
    cluster: { backend: cluster.backend, startupNodes: cluster.startupNodes },
  };
  project.provide('redisTestServers', servers);
  const masters = cluster.nodes.filter((node) => node.role === 'master').length;
  console.log(
    `[redis-testkit] standalone ${standalone.host}:${standalone.port} (${standalone.backend}), ` +
      `cluster ${masters} masters + ${cluster.nodes.length - masters} replicas (${cluster.backend}), ` +
      `ready in ${Date.now() - started} ms`,
  );
  return async () => {
    await Promise.all([standalone.stop(), cluster.stop()]);
  };
}
