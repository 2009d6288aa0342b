import { RedisError } from '@org/redis-interface';

/**
 * The `NODE_UNKNOWN` error of a `scanPage` on a node that is not one of `nodes` (the masters now):
 * most often a failover gave its slots to a replica with another address.
 */
export function nodeUnknownError(node: string, nodes: readonly string[]): RedisError {
  return new RedisError(
    'NODE_UNKNOWN',
    `SCAN on ${node}: not a master this client knows (now: ${nodes.join(', ')}): call scanNodes() again and restart that node's walk from cursor '0' on its new master.`,
    { details: { node, nodes } },
  );
}
