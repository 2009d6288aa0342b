import type { RedisNodeHealth } from '@org/redis-interface';
import { parseClusterNodes } from '@org/redis-core';

/**
 * Replicas as a master sees them in `CLUSTER NODES`: the cluster client keeps no connection to
 * replicas unless it reads from them, so their health comes from the cluster's own view (no latency).
 */
export function replicasFromClusterNodes(text: string): RedisNodeHealth[] {
  return parseClusterNodes(text)
    .filter((node) => node.flags.includes('slave'))
    .map((node) => {
      const failing =
        node.flags.includes('fail') || node.flags.includes('fail?') || node.linkState !== 'connected';
      return {
        address: `${node.host}:${node.port}`,
        role: 'replica' as const,
        status: failing ? ('down' as const) : ('up' as const),
        ...(failing ? { error: `cluster reports ${node.flags.join(',')} ${node.linkState}` } : {}),
      };
    });
}
