import { benchKey, benchValue } from '../calculations/benchKeys.js';
import type { BaselineClients, BaselineService } from '../clients/BaselineClients.js';
import type { ClusterClients } from '../clients/connectCluster.js';
import type { Redis } from 'ioredis';
import type { Contender, Scenario } from '../models/Scenario.js';
import { workload } from '../models/workload.js';
import { sequential } from './loops.js';

const match = 'bench:s:*';

/**
 * Count the keys ours' `scan()` yields (it visits the masters one after another): our cluster
 * service, or a baseline build's.
 */
export async function scanOurs(service: Pick<BaselineService, 'scan'>): Promise<number> {
  let count = 0;
  // The protocol `for await` uses, without a loop variable that would go unused.
  const keys = service.scan({ match, count: workload.scanCount })[Symbol.asyncIterator]();
  while (!(await keys.next()).done) count += 1;
  return count;
}

async function scanNode(node: Redis): Promise<number> {
  let count = 0;
  for await (const page of node.scanStream({ match, count: workload.scanCount }))
    count += (page as string[]).length;
  return count;
}

/** Count the keys of every master with raw ioredis `scanStream`, masters one after another. */
export async function scanMastersInTurn(cluster: ClusterClients): Promise<number> {
  let count = 0;
  for (const node of cluster.ioredis.nodes('master')) count += await scanNode(node);
  return count;
}

/** Count the keys of every master with raw ioredis `scanStream`, all masters at once. */
export async function scanMastersInParallel(cluster: ClusterClients): Promise<number> {
  const counts = await Promise.all(cluster.ioredis.nodes('master').map(scanNode));
  return counts.reduce((sum, count) => sum + count, 0);
}

/** Write `count` scan keys through ours' pipelines (1,000 SETs each, 4 at a time). */
export async function loadScanKeys(cluster: ClusterClients, count: number): Promise<void> {
  const chunk = 1_000;
  const chunks = Array.from({ length: Math.ceil(count / chunk) }, (_, index) => index);
  for (let start = 0; start < chunks.length; start += 4) {
    await Promise.all(
      chunks.slice(start, start + 4).map(async (index) => {
        const pipeline = cluster.ours.pipeline();
        for (let key = index * chunk; key < Math.min(count, (index + 1) * chunk); key += 1)
          pipeline.set(benchKey('s', key), benchValue);
        for (const result of await pipeline.exec()) if (!result.ok) throw result.error;
      }),
    );
  }
}

/**
 * SCAN of every scan key across the cluster (one op = one full scan, `count` keys): ours' one
 * iterator over all masters vs raw ioredis `scanStream` per master, in turn (the baseline, same
 * order as ours) and in parallel. With `baseline`, its cluster build's `scan()` runs next to ours.
 */
export function scanScenario(cluster: ClusterClients, keys: number, baseline?: BaselineClients): Scenario {
  const older: Contender[] =
    baseline === undefined
      ? []
      : [
          {
            mode: 'cluster',
            client: 'oursBaseline',
            label: `${baseline.label} scan()`,
            run: sequential(() => scanOurs(baseline.cluster)),
          },
        ];
  return {
    id: 'scan',
    title: `SCAN ${keys.toLocaleString('en-US')} keys`,
    op: `full scan of ${keys.toLocaleString('en-US')} keys`,
    items: { perOp: keys, unit: 'keys' },
    latency: false,
    granularity: 1,
    contenders: [
      {
        mode: 'cluster',
        client: 'ours',
        label: 'ours scan()',
        run: sequential(() => scanOurs(cluster.ours)),
      },
      ...older,
      {
        mode: 'cluster',
        client: 'ioredis',
        label: 'ioredis scanStream, masters in turn',
        run: sequential(() => scanMastersInTurn(cluster)),
      },
      {
        mode: 'cluster',
        client: 'ioredisParallel',
        label: 'ioredis scanStream, masters in parallel',
        run: sequential(() => scanMastersInParallel(cluster)),
      },
    ],
  };
}
