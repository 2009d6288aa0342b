import { RedisError } from '@org/redis-interface';
import type { Cluster } from 'ioredis';
import { clusterConnectError } from '../calculations/clusterConnectError.js';

/**
 * Connect `client` and resolve when it is ready, within `timeoutMs`.
 *
 * Not `client.connect()` alone: when ioredis' ready check finds `cluster_state:fail` (a master
 * is down and its replica not promoted yet) it reconnects on its own with `clusterRetryStrategy`,
 * and the promise of the first `connect()` never settles, so a client started during a
 * failover waited for the whole connect timeout although the cluster was ok seconds earlier.
 * The `ready` event comes with whichever attempt succeeds.
 *
 * @throws RedisError: the mapped error ioredis failed with when no seed node gave the slot
 *   table (`NO_PERMISSION` for a user without CLUSTER SLOTS); `CLUSTER_DOWN` when the nodes answered but the cluster did not become ready in
 *   time, `CONNECTION_FAILED` when no node answered in time.
 */
export function awaitClusterReady(client: Cluster, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let reason: unknown;
    let answered = false;
    const onError = (error: unknown): void => {
      reason ??= error;
    };
    // `connect`: the slot table arrived; the ready check comes next.
    const onConnect = (): void => {
      answered = true;
    };
    const settle = (error?: RedisError): void => {
      clearTimeout(timer);
      client.off('error', onError).off('connect', onConnect).off('ready', onReady);
      if (error === undefined) resolve();
      else reject(error);
    };
    const onReady = (): void => {
      settle();
    };
    const timer = setTimeout(() => {
      settle(
        answered
          ? new RedisError(
              'CLUSTER_DOWN',
              `The cluster nodes answered but the cluster did not report cluster_state:ok within ${timeoutMs} ms (connectTimeoutMs): a failover may be in progress, or masters are down; check CLUSTER INFO (and that the ACL user may run CLUSTER INFO: +cluster|info).`,
            )
          : new RedisError(
              'CONNECTION_FAILED',
              `The cluster did not answer within ${timeoutMs} ms (connectTimeoutMs): check REDIS_CLUSTER_NODES and that the nodes are up and reachable.`,
              reason === undefined ? undefined : { cause: reason },
            ),
      );
    }, timeoutMs);
    client.on('error', onError).on('connect', onConnect).on('ready', onReady);
    client.connect().catch((error: unknown) => {
      settle(clusterConnectError(reason ?? error));
    });
  });
}
