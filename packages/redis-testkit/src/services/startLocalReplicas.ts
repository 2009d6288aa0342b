import { parseInfo } from '@org/redis-core';
import type { StandaloneStartOptions } from '../models/StartOptions.js';
import { TestkitError } from '../models/TestkitError.js';
import { adminCommand } from './adminClient.js';
import { waitUntil } from './waitUntil.js';
import { type LocalWorkspace, startLocalServers } from './localServerSetup.js';
import type { RedisServerProcess } from './RedisServerProcess.js';

/** The replica count asked for, checked. @throws TestkitError `START_FAILED` when not a whole number >= 0. */
export function replicaCount(options: StandaloneStartOptions): number {
  const count = options.replicas ?? 0;
  if (!Number.isSafeInteger(count) || count < 0)
    throw new TestkitError('START_FAILED', `replicas must be a whole number >= 0, got ${String(count)}`);
  return count;
}

/**
 * Start `count` servers replicating `master`, and wait until each reports
 * `master_link_status:up` and the master counts them all. `--replicaof` is a start argument, so a
 * replica restarted by `restartNode` replicates again.
 * @throws TestkitError `CLUSTER_NOT_READY` when the links are not up within the start timeout.
 */
export async function startLocalReplicas(
  workspace: LocalWorkspace,
  options: StandaloneStartOptions,
  master: RedisServerProcess,
  count: number,
): Promise<RedisServerProcess[]> {
  if (count === 0) return [];
  const { host, port } = master.spec;
  const names = Array.from({ length: count }, (_, index) => `replica-${index + 1}`);
  const extraArgs = [...(options.extraArgs ?? []), '--replicaof', host, String(port)];
  const replicas = await startLocalServers(workspace, { ...options, extraArgs }, names, undefined);
  const admin = (server: RedisServerProcess) => ({
    host: server.spec.host,
    port: server.spec.port,
    tls: workspace.tls?.material,
    credentials: workspace.credentials,
  });
  const replication = async (server: RedisServerProcess) =>
    parseInfo(await adminCommand(admin(server), 'INFO', 'replication'));
  try {
    await waitUntil(
      `${count} replica(s) of ${host}:${port} in sync`,
      options.startTimeoutMs ?? 30_000,
      async () => {
        const links = await Promise.all(replicas.map(replication));
        const down = links.filter((info) => info['master_link_status'] !== 'up').length;
        if (down > 0) return `${down} replica link(s) not up`;
        const connected = Number((await replication(master))['connected_slaves']);
        return connected === count || `the master counts ${connected} connected replica(s)`;
      },
    );
  } catch (error) {
    await Promise.all(replicas.map((replica) => replica.stop()));
    throw error;
  }
  return replicas;
}
