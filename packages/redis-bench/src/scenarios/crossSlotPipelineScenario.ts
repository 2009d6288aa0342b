import { benchKey, benchValue } from '../calculations/benchKeys.js';
import { attachMetrics } from '../clients/attachMetrics.js';
import type { BenchCommand } from '../clients/BenchClient.js';
import type { ClusterClients } from '../clients/connectCluster.js';
import { oursClient } from '../clients/oursClient.js';
import type { Scenario } from '../models/Scenario.js';
import { workload } from '../models/workload.js';
import { sequential } from './loops.js';
import { perNodePipeline } from './perNodePipeline.js';

const half = workload.crossSlotPipelineLength / 2;

/** Pipelines of 500 SETs then 500 GETs of the same keys, over many slots (all masters). */
export const crossSlotPipelines: BenchCommand[][] = Array.from(
  { length: workload.batchVariants },
  (_, variant) => {
    const keys = Array.from({ length: half }, (_, index) => benchKey('x', variant * half + index));
    return [
      ...keys.map((key): BenchCommand => ['set', key, benchValue]),
      ...keys.map((key): BenchCommand => ['get', key]),
    ];
  },
);

const pipelineOf = (index: number): BenchCommand[] =>
  crossSlotPipelines[index % crossSlotPipelines.length] ?? [];

/**
 * A 1,000-command pipeline across slots on the cluster: ours (`pipeline()` splits per node at
 * `exec()`) vs the same split written by hand over raw ioredis (the baseline). ioredis' own
 * cluster pipeline cannot run it (it rejects keys of several nodes), nor can node-redis' `multi()`.
 */
export function crossSlotPipelineScenario(cluster: ClusterClients): Scenario {
  const ours = oursClient(cluster.ours);
  const byHand = perNodePipeline(cluster.ioredis);
  return {
    id: 'crossSlotPipeline',
    title: `pipeline of ${workload.crossSlotPipelineLength.toLocaleString('en-US')} across slots`,
    op: `pipeline of ${workload.crossSlotPipelineLength.toLocaleString('en-US')} commands`,
    items: { perOp: workload.crossSlotPipelineLength, unit: 'cmds' },
    latency: true,
    granularity: 1,
    contenders: [
      {
        mode: 'cluster',
        client: 'ours',
        label: 'ours (defaults)',
        run: sequential((index) => ours.pipeline(pipelineOf(index))),
      },
      {
        mode: 'cluster',
        client: 'oursMetrics',
        label: 'ours + metrics listener',
        run: sequential((index) => ours.pipeline(pipelineOf(index))),
        attach: attachMetrics,
      },
      {
        mode: 'cluster',
        client: 'ioredis',
        label: 'ioredis, per-node split by hand',
        run: sequential((index) => byHand(pipelineOf(index))),
      },
    ],
  };
}
