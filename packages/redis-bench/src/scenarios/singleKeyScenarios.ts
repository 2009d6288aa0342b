import { benchKey, benchValue, taggedKey } from '../calculations/benchKeys.js';
import type { BenchClient, BenchCommand } from '../clients/BenchClient.js';
import type { NamedClient } from '../clients/singleKeyClients.js';
import type { Contender, Scenario } from '../models/Scenario.js';
import { workload } from '../models/workload.js';
import { batched, concurrent, sequential, type Operation } from './loops.js';

const keys = Array.from({ length: workload.singleKeySpace }, (_, index) => benchKey('k', index));

/** The first half of a run SETs keys, the second half GETs the same keys back: "SET then GET". */
function setThenGet(client: BenchClient): Operation {
  return (index, count) => {
    const half = count / 2;
    return index < half
      ? client.set(keys[index % keys.length] ?? '', benchValue)
      : client.get(keys[(index - half) % keys.length] ?? '');
  };
}

// One hash tag per batch: a batch is one node's work in a cluster, which ioredis' and node-redis'
// cluster pipelines require (the cross-slot case has a scenario of its own).
const batchCount = workload.singleKeySpace / workload.pipelineLength;
const batchKeys = Array.from({ length: batchCount }, (_, batch) =>
  Array.from({ length: workload.pipelineLength }, (_, index) => taggedKey(batch, 'p', index)),
);
const setBatches = batchKeys.map((batch) => batch.map((key): BenchCommand => ['set', key, benchValue]));
const getBatches = batchKeys.map((batch) => batch.map((key): BenchCommand => ['get', key]));

/** Pipelines of SETs, then pipelines of GETs of the same keys. */
function pipelineSetThenGet(client: BenchClient): Operation {
  return (batch, batches) => {
    const half = batches / 2;
    return batch < half
      ? client.pipeline(setBatches[batch % batchCount] ?? [])
      : client.pipeline(getBatches[(batch - half) % batchCount] ?? []);
  };
}

function contender(named: NamedClient, run: Contender['run']): Contender {
  return {
    mode: named.mode,
    client: named.client,
    label: named.label,
    run,
    ...(named.attach === undefined ? {} : { attach: named.attach }),
  };
}

/**
 * The three single-key scenarios over every client of both modes (16-byte keys, 64-byte values,
 * SET then GET): sequential (with per-op latency), 100 in flight, explicit pipelines of 100.
 */
export function singleKeyScenarios(clients: readonly NamedClient[]): Scenario[] {
  return [
    {
      id: 'sequential',
      title: 'SET+GET sequential',
      op: 'command',
      latency: true,
      granularity: 2,
      contenders: clients.map((named) => contender(named, sequential(setThenGet(named.bench)))),
    },
    {
      id: 'inFlight',
      title: `SET+GET, ${workload.inFlight} in flight`,
      op: 'command',
      latency: false,
      granularity: 2 * workload.inFlight,
      contenders: clients.map((named) =>
        contender(named, concurrent(setThenGet(named.bench), workload.inFlight)),
      ),
    },
    {
      id: 'pipeline',
      title: `SET+GET, pipelines of ${workload.pipelineLength}`,
      op: 'command',
      latency: false,
      granularity: 2 * workload.pipelineLength,
      contenders: clients.map((named) =>
        contender(named, batched(pipelineSetThenGet(named.bench), workload.pipelineLength)),
      ),
    },
  ];
}
