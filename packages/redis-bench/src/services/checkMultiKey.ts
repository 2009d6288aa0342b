import { benchValue } from '../calculations/benchKeys.js';
import { mgetBySlot } from '../calculations/splitBySlot.js';
import type { BaselineClients } from '../clients/BaselineClients.js';
import type { ClusterClients } from '../clients/connectCluster.js';
import type { StandaloneClients } from '../clients/connectStandalone.js';

/**
 * Every MGET variant (the baseline build's too, when there is one) must return the loaded value
 * for each of `keys`, in the caller's order.
 * @returns one line per variant that does not.
 */
export async function checkMultiKey(
  standalone: StandaloneClients,
  cluster: ClusterClients,
  keys: string[],
  baseline?: BaselineClients,
): Promise<string[]> {
  const variants: [string, () => Promise<readonly (string | null)[]>][] = [
    ['standalone ours mget', () => standalone.ours.mget(keys)],
    ['standalone ioredis mget', () => standalone.ioredis.mget(keys)],
    ['standalone node-redis mGet', () => standalone.nodeRedis.mget(keys)],
    ['cluster ours mget', () => cluster.ours.mget(keys)],
    ['cluster ioredis per-slot split', () => mgetBySlot(keys, (group) => cluster.ioredis.mget(group))],
    ['cluster node-redis per-slot split', () => mgetBySlot(keys, (group) => cluster.nodeRedis.mget(group))],
  ];
  if (baseline !== undefined)
    variants.push(
      [`standalone ${baseline.label} mget`, () => baseline.standalone.mget(keys)],
      [`cluster ${baseline.label} mget`, () => baseline.cluster.mget(keys)],
    );
  const problems: string[] = [];
  for (const [name, mget] of variants) {
    try {
      const values = await mget();
      if (values.length !== keys.length || values.some((value) => value !== benchValue))
        problems.push(`${name}: did not return the loaded values`);
    } catch (error) {
      problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}
