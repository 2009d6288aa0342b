import type { RedisNodeHealth } from '@org/redis-interface';

/**
 * Replicas as a master sees them in `CLUSTER NODES` (`<id> <ip:port@bus> <flags> <master> …
 * <link-state>`): the cluster client keeps no connection to replicas unless it reads from
 * them, so their health comes from the cluster's own view (no latency).
 */
export function replicasFromClusterNodes(text: string): RedisNodeHealth[] {
  return text
    .split('\n')
    .map((line) => line.trim().split(' '))
    .filter((fields) => fields[2]?.split(',').includes('slave') === true)
    .map((fields) => {
      const flags = fields[2]?.split(',') ?? [];
      const failing = flags.includes('fail') || flags.includes('fail?') || fields[7] !== 'connected';
      return {
        address: (fields[1] ?? '').split('@')[0] ?? '',
        role: 'replica' as const,
        status: failing ? ('down' as const) : ('up' as const),
        ...(failing ? { error: `cluster reports ${flags.join(',')} ${fields[7] ?? ''}`.trim() } : {}),
      };
    });
}
