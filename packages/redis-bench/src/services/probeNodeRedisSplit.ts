import type { ClusterClients } from '../clients/connectCluster.js';

/**
 * Ask node-redis' cluster for one MGET over keys in many slots, as the issue's "node-redis's
 * built-in split" would need. node-redis (5 and 6) routes a command by its first key
 * (`@redis/client/dist/lib/cluster/index.js`, `_execute(parser.firstKey, …)`), so the server
 * answers CROSSSLOT; node-redis 6 is said to split by its request policies. The sentence returned
 * goes into the report, so the doc states what this run's version did.
 */
export async function probeNodeRedisSplit(
  cluster: ClusterClients,
  keys: string[],
  version: string,
): Promise<string> {
  try {
    const values = await cluster.nodeRedis.mget(keys);
    return `node-redis ${version} answered a cross-slot MGET of ${keys.length} keys (${values.length} values): it splits by itself.`;
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    return `node-redis ${version} has no built-in split: its cluster routes MGET by the first key, and a cross-slot MGET of ${keys.length} keys fails with "${message}". The "node-redis" cluster rows split per slot by hand instead.`;
  }
}
