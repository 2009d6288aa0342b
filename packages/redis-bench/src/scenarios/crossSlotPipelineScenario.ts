import { benchKey, benchValue } from '../calculations/benchKeys.js';
import { attachMetrics } from '../clients/attachMetrics.js';
import type { BaselineClients } from '../clients/BaselineClients.js';
import type { BenchClient, BenchCommand } from '../clients/BenchClient.js';
import type { ClusterClients } from '../clients/connectCluster.js';
import { oursClient } from '../clients/oursClient.js';
import type { Contender, Scenario } from '../models/Scenario.js';
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

/** Run the cross-slot pipelines one after another through `client`'s own `pipeline()`. */
const pipelined = (client: BenchClient): Contender['run'] =>
  sequential((index) => client.pipeline(pipelineOf(index)));

/**
 * A 1,000-command pipeline across slots on the cluster: ours (`pipeline()` splits per node at
 * `exec()`) vs the same split written by hand over raw ioredis (the baseline). ioredis' own
 * cluster pipeline cannot run it (it rejects keys of several nodes), nor can node-redis' `multi()`.
 * With `baseline`, its cluster build runs next to ours.
 */
export function crossSlotPipelineScenario(cluster: ClusterClients, baseline?: BaselineClients): Scenario {
  const ours = oursClient(cluster.ours);
  const byHand = perNodePipeline(cluster.ioredis);
  const older: Contender[] =
    baseline === undefined
      ? []
      : [
          {
            mode: 'cluster',
            client: 'oursBaseline',
            label: baseline.label,
            run: pipelined(oursClient(baseline.cluster)),
          },
        ];
  return {
    id: 'crossSlotPipeline',
    title: `pipeline of ${workload.crossSlotPipelineLength.toLocaleString('en-US')} across slots`,
    op: `pipeline of ${workload.crossSlotPipelineLength.toLocaleString('en-US')} commands`,
    items: { perOp: workload.crossSlotPipelineLength, unit: 'cmds' },
    latency: true,
    granularity: 1,
    contenders: [
      { mode: 'cluster', client: 'ours', label: 'ours (defaults)', run: pipelined(ours) },
      ...older,
      {
        mode: 'cluster',
        client: 'oursMetrics',
        label: 'ours + metrics listener',
        run: pipelined(ours),
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
