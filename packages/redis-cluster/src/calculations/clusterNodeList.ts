import type { RedisNodeAddress } from '@org/redis-interface';
import { parseClusterNodes } from '@org/redis-core';

/** One node as a master's `CLUSTER NODES` lists it, with where this client reaches it. */
export interface ClusterNodeEntry {
  /** `host:port` this client connects to (`natMap` applied), as reported in health. */
  readonly address: string;
  /** Host and port to connect to. */
  readonly host: string;
  readonly port: number;
  /** A replica when flagged `slave`; every other node (failed ones included) is a master. */
  readonly role: 'master' | 'replica';
  /** How many slots it serves. */
  readonly slots: number;
}

/** Slots in ranges as written in `CLUSTER NODES` (`0-5460`, `5461`). */
function countSlots(ranges: readonly string[]): number {
  return ranges.reduce((sum, range) => {
    const [start, end = start] = range.split('-').map(Number);
    return sum + (end ?? 0) - (start ?? 0) + 1;
  }, 0);
}

/**
 * Every node of `CLUSTER NODES` text that has an address (nodes in handshake or without an
 * address are skipped: nothing can be reached there), translated through `natMap` like the
 * client's own connections. `selfHost` stands in for the host of the answering node when it
 * does not know its own address (an empty host).
 */
export function clusterNodeList(
  text: string,
  natMap: Readonly<Record<string, RedisNodeAddress>>,
  selfHost: string,
): ClusterNodeEntry[] {
  return parseClusterNodes(text).flatMap((node) => {
    if (node.flags.includes('noaddr') || node.flags.includes('handshake') || !(node.port > 0)) return [];
    const host = node.host === '' && node.flags.includes('myself') ? selfHost : node.host;
    const target = natMap[`${host}:${node.port}`] ?? { host, port: node.port };
    return [
      {
        address: `${target.host}:${target.port}`,
        host: target.host,
        port: target.port,
        role: node.flags.includes('slave') ? ('replica' as const) : ('master' as const),
        slots: countSlots(node.slots),
      },
    ];
  });
}
