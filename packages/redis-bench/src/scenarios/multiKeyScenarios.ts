import { benchKey, benchValue } from '../calculations/benchKeys.js';
import { mgetBySlot, msetBySlot } from '../calculations/splitBySlot.js';
import { attachMetrics } from '../clients/attachMetrics.js';
import type { BaselineClients, BaselineService } from '../clients/BaselineClients.js';
import type { ClusterClients } from '../clients/connectCluster.js';
import type { StandaloneClients } from '../clients/connectStandalone.js';
import type { Contender, Scenario } from '../models/Scenario.js';
import { workload } from '../models/workload.js';
import { sequential, type Operation } from './loops.js';

/** 100 keys spread over the slots, with their values in the forms the clients take. */
export interface KeySet {
  readonly keys: string[];
  readonly values: string[];
  /** `key, value, key, value…` */
  readonly flat: string[];
  readonly entries: ReadonlyMap<string, string>;
}

/** The key sets MGET and MSET cycle through (the same for every client and both modes). */
export const keySets: readonly KeySet[] = Array.from({ length: workload.batchVariants }, (_, set) => {
  const keys = Array.from({ length: workload.multiKeyCount }, (_, index) =>
    benchKey('m', set * workload.multiKeyCount + index),
  );
  const values = keys.map(() => benchValue);
  return {
    keys,
    values,
    flat: keys.flatMap((key) => [key, benchValue]),
    entries: new Map(keys.map((key) => [key, benchValue])),
  };
});

const setOf = (index: number): KeySet =>
  keySets[index % keySets.length] ?? { keys: [], values: [], flat: [], entries: new Map() };

function contender(
  mode: Contender['mode'],
  client: Contender['client'],
  label: string,
  op: Operation,
  attach?: Contender['attach'],
): Contender {
  return { mode, client, label, run: sequential(op), ...(attach === undefined ? {} : { attach }) };
}

/**
 * Ours with its defaults, the baseline build when there is one (the same call on its service of
 * `mode`), then ours with the metrics listener attached, on the same operation.
 */
function oursContenders(
  mode: Contender['mode'],
  ours: BaselineService,
  call: (service: BaselineService, index: number) => Promise<unknown>,
  baseline: BaselineClients | undefined,
): Contender[] {
  const op: Operation = (index) => call(ours, index);
  return [
    contender(mode, 'ours', 'ours (defaults)', op),
    ...(baseline === undefined
      ? []
      : [contender(mode, 'oursBaseline', baseline.label, (index) => call(baseline[mode], index))]),
    contender(mode, 'oursMetrics', 'ours + metrics listener', op, attachMetrics),
  ];
}

const mgetOf = (service: BaselineService, index: number): Promise<unknown> => service.mget(setOf(index).keys);
const msetOf = (service: BaselineService, index: number): Promise<unknown> =>
  service.mset(setOf(index).entries);

/**
 * MGET of 100 keys, one awaited after another, both modes in the same rounds (so the cluster vs
 * standalone ratio is measured interleaved). Standalone: each client's one MGET. Cluster: ours
 * (split by the layer), raw ioredis and node-redis split per slot by hand (node-redis does not
 * split: see `probeNodeRedisSplit`). With `baseline`, its build runs next to ours in both modes.
 */
export function mgetScenario(
  standalone: StandaloneClients,
  cluster: ClusterClients,
  baseline?: BaselineClients,
): Scenario {
  return {
    id: 'mget',
    title: `MGET ${workload.multiKeyCount} keys`,
    op: `MGET of ${workload.multiKeyCount} keys`,
    items: { perOp: workload.multiKeyCount, unit: 'keys' },
    latency: true,
    granularity: 1,
    contenders: [
      ...oursContenders('standalone', standalone.ours, mgetOf, baseline),
      contender('standalone', 'ioredis', 'ioredis, same options', (index) =>
        standalone.ioredis.mget(setOf(index).keys),
      ),
      contender('standalone', 'nodeRedis', 'node-redis', (index) =>
        standalone.nodeRedis.mget(setOf(index).keys),
      ),
      ...oursContenders('cluster', cluster.ours, mgetOf, baseline),
      contender('cluster', 'ioredis', 'ioredis, per-slot split by hand', (index) =>
        mgetBySlot(setOf(index).keys, (keys) => cluster.ioredis.mget(keys)),
      ),
      contender('cluster', 'nodeRedis', 'node-redis, per-slot split by hand', (index) =>
        mgetBySlot(setOf(index).keys, (keys) => cluster.nodeRedis.mget(keys)),
      ),
    ],
  };
}

/** MSET of 100 keys, like {@link mgetScenario}: a split MSET is not atomic, as ours documents. */
export function msetScenario(
  standalone: StandaloneClients,
  cluster: ClusterClients,
  baseline?: BaselineClients,
): Scenario {
  return {
    id: 'mset',
    title: `MSET ${workload.multiKeyCount} keys`,
    op: `MSET of ${workload.multiKeyCount} keys`,
    items: { perOp: workload.multiKeyCount, unit: 'keys' },
    latency: true,
    granularity: 1,
    contenders: [
      ...oursContenders('standalone', standalone.ours, msetOf, baseline),
      contender('standalone', 'ioredis', 'ioredis, same options', (index) =>
        standalone.ioredis.mset(...setOf(index).flat),
      ),
      contender('standalone', 'nodeRedis', 'node-redis', (index) =>
        standalone.nodeRedis.mset(setOf(index).flat),
      ),
      ...oursContenders('cluster', cluster.ours, msetOf, baseline),
      contender('cluster', 'ioredis', 'ioredis, per-slot split by hand', (index) =>
        msetBySlot(setOf(index).keys, setOf(index).values, (flat) => cluster.ioredis.mset(...flat)),
      ),
      contender('cluster', 'nodeRedis', 'node-redis, per-slot split by hand', (index) =>
        msetBySlot(setOf(index).keys, setOf(index).values, (flat) => cluster.nodeRedis.mset(flat)),
      ),
    ],
  };
}

/** Write every key set through ours in both modes, so the MGETs read real values. */
export async function loadKeySets(standalone: StandaloneClients, cluster: ClusterClients): Promise<void> {
  for (const set of keySets)
    await Promise.all([standalone.ours.mset(set.entries), cluster.ours.mset(set.entries)]);
}
