import type { Instrumentation } from '@org/redis-core';
import type { Cluster, Redis } from 'ioredis';
import { nodeAddress } from '@org/redis-engine-ioredis';
import { slotMasters } from '../calculations/slotMasters.js';

type RedirectionHandler = (error: Error, ...rest: unknown[]) => unknown;

/**
 * Publish what ioredis Cluster does on its own: connection state, nodes joining and leaving,
 * slot-table refreshes, failovers (a slot now served by a node that was not a master at the
 * previous refresh) and MOVED/ASK redirections.
 *
 * Nodes joining and leaving are published only while the client is ready. Until then ioredis is
 * filling its pool: it connects to every startup node, then drops the replicas once the first slot
 * table says which nodes are masters (with the default `scaleReads: 'master'`), at every start and
 * every reconnect. That churn is not a change of the topology, and logged at `info` it was one line
 * per replica at each start.
 */
export function observeCluster(client: Cluster, instrumentation: Instrumentation): void {
  instrumentation.observeConnection(client);
  client.on('+node', (node: Redis) => {
    if (client.status === 'ready') instrumentation.cluster({ event: 'node-added', node: nodeAddress(node) });
  });
  client.on('-node', (node: Redis) => {
    if (client.status === 'ready')
      instrumentation.cluster({ event: 'node-removed', node: nodeAddress(node) });
  });
  let masters: ReadonlySet<string> = new Set<string>();
  client.on('refresh', () => {
    instrumentation.cluster({ event: 'slots-refresh' });
    const current = slotMasters(client.slots).masters;
    if (masters.size > 0) {
      for (const node of current)
        if (!masters.has(node)) instrumentation.cluster({ event: 'failover', node });
    }
    masters = current;
  });
  // ioredis follows MOVED/ASK inside its private handleError and emits nothing; wrap it to count
  // them. If a future ioredis renames it, redirections simply stop being counted (a test notices).
  const internals = client as unknown as { handleError?: RedirectionHandler };
  const original = internals.handleError;
  if (typeof original !== 'function') return;
  internals.handleError = function (this: Cluster, error: Error, ...rest: unknown[]): unknown {
    const [kind, , node] = error.message.split(' ');
    if (kind === 'MOVED' || kind === 'ASK')
      instrumentation.cluster({ event: 'redirection', ...(node === undefined ? {} : { node }) });
    return original.call(this, error, ...rest);
  };
}
