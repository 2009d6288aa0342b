import { RedisError, type IRedisService } from '@org/redis-interface';
import type { OpsLimiter } from './createOpsLimiter.js';

/** What {@link sampleKeys} reads. */
export interface SampleKeysOptions {
  /** Most keys kept per node. */
  readonly perNode: number;
  /** SCAN COUNT. */
  readonly batch: number;
  /** Paces the SCAN calls. */
  readonly limiter: OpsLimiter;
}

/**
 * Up to `perNode` keys of each node, from one SCAN pass per node (every node in parallel) that
 * stops as soon as it has them, or after a bounded number of pages so that a sparse keyspace
 * does not turn a sample into a full walk. Keys come as Buffers, without the `keyPrefix`.
 *
 * @remarks
 * Cluster: after a failover the replaced master's address is refused with `NODE_UNKNOWN`; the
 * nodes are listed again and the new master is sampled from cursor '0'.
 *
 * @returns the keys of each node, by `host:port`.
 * @throws RedisError from SCAN (`CLUSTER_DOWN`, `COMMAND_TIMEOUT`…).
 */
export async function sampleKeys(
  service: IRedisService,
  options: SampleKeysOptions,
): Promise<Map<string, Buffer[]>> {
  const sampled = new Map<string, Buffer[]>();
  // Pages of a sparse node hold fewer keys than COUNT; 20 times the pages a full sample needs is a bound.
  const maxPages = Math.ceil(options.perNode / options.batch) * 20;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const nodes = (await service.scanNodes()).filter((node) => !sampled.has(node));
    if (nodes.length === 0) return sampled;
    const walks = await Promise.allSettled(
      nodes.map(async (node) => {
        const keys: Buffer[] = [];
        let cursor = '0';
        for (let page = 0; page < maxPages && keys.length < options.perNode; page += 1) {
          await options.limiter.take(1);
          const result = await service.bytes.scanPage(node, cursor, { count: options.batch });
          keys.push(...result.keys.slice(0, options.perNode - keys.length));
          cursor = result.cursor;
          if (cursor === '0') break;
        }
        sampled.set(node, keys);
      }),
    );
    const failure = walks.find((walk) => walk.status === 'rejected');
    if (failure === undefined) return sampled;
    const reason: unknown = failure.reason;
    if (!RedisError.is(reason) || reason.code !== 'NODE_UNKNOWN') throw reason;
  }
  return sampled;
}
