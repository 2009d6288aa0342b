import { clusterSlotRanges, type SlotRange } from '../calculations/clusterSlotRanges.js';
import { hashTagsByMaster } from '../calculations/hashTagsByMaster.js';
import type { Endpoint } from '../models/Endpoint.js';
import { callAnyNode, KEYLESS_TIMEOUT_MS } from './callAnyNode.js';

/** A master and a hash tag whose keys it serves. */
export interface SmokeMaster {
  /** `host:port`. */
  readonly node: string;
  /** Keys `…{tag}…` go to this master. */
  readonly tag: string;
}

/** Who serves what, as `smoke` checks it. */
export interface SmokeTopology {
  /** The `CLUSTER SLOTS` ranges (cluster only). */
  readonly ranges: readonly SlotRange[] | undefined;
  readonly masters: readonly SmokeMaster[];
}

/**
 * The masters to check and a hash tag routed to each. Cluster: from `CLUSTER SLOTS` (answered by
 * one node, asked again when that one is silent), each master found a tag with CRC16 so that a key carrying it reaches that master
 * through the ordinary routing. Standalone: the one server (from `scanNodes()`), any tag.
 *
 * @remarks A configured `keyPrefix` holding a hash tag (`{app}:`) sends every key to one slot;
 * then the keys of every master's check go to that slot's master.
 * @throws RedisError from `CLUSTER SLOTS` / `scanNodes()`.
 */
export async function readSmokeTopology(endpoint: Endpoint): Promise<SmokeTopology> {
  if (endpoint.mode === 'standalone') {
    const nodes = await endpoint.service.scanNodes();
    return { ranges: undefined, masters: nodes.map((node) => ({ node, tag: '0' })) };
  }
  const ranges = clusterSlotRanges(
    await callAnyNode(endpoint.service, KEYLESS_TIMEOUT_MS, 'CLUSTER', 'SLOTS'),
  );
  const tags = hashTagsByMaster(ranges);
  const masters = [...new Set(ranges.map((range) => range.master))].sort();
  return { ranges, masters: masters.map((node) => ({ node, tag: tags.get(node) ?? '0' })) };
}

/** A fresh key routed by `tag`: `redis-migrate:smoke:{tag}:<random>`. */
export function smokeKey(tag: string): string {
  return `redis-migrate:smoke:{${tag}}:${Math.random().toString(36).slice(2, 10)}`;
}
