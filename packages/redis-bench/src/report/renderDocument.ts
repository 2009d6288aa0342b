import { benchSettings } from '../models/BenchSettings.js';
import type { ReportInput } from '../models/ReportInput.js';
import { workload } from '../models/workload.js';
import { renderBaseline } from './renderBaseline.js';
import { renderTable } from './renderTable.js';
import { renderTargets } from './renderTargets.js';

const fixed = (value: number, digits = 1): string => value.toFixed(digits);

function machineSection(input: ReportInput): string[] {
  const { machine } = input;
  return [
    '## Machine',
    '',
    `- CPU: ${machine.cpuModel}, ${machine.cpuCount} logical cores`,
    `- Memory: ${fixed(machine.totalMemoryGiB)} GiB`,
    `- OS: ${machine.os}`,
    `- Node.js: ${machine.node}`,
    `- redis-server: ${machine.redisServer} (${input.backend} servers started by \`@org/redis-testkit\`, on the same machine)`,
    `- Clients: ioredis ${machine.ioredis}, node-redis (\`redis\`) ${machine.nodeRedis}`,
    `- Load average when the run started: ${machine.loadAverage.map((load) => fixed(load, 2)).join(', ')} (other processes share the machine)`,
  ];
}

function methodSection(input: ReportInput): string[] {
  const { settings } = input;
  return [
    '## Method',
    '',
    `- Servers: one standalone \`redis-server\` and a cluster of 3 masters with **no replicas**, all local processes on free ports. No replicas because on a small machine their processes would take CPU from the measured client, and the masters serve all the traffic anyway.`,
    `- Workload: ${workload.keyBytes}-byte keys, ${workload.valueBytes}-byte values. Single-key scenarios do SET then GET: the first half of every run SETs, the second half GETs the same keys back. Every client of a scenario gets the same keys.`,
    `- Clients per mode, on the same server: **ours (defaults)**; **ours + metrics listener** (the same service while \`createRedisMetrics()\` is attached: it subscribes to the diagnostics channels, which affects every driver in the process, so it is attached only around these runs and detached for all others); **ioredis, same options** (raw \`Redis\` / \`Cluster\` built from the options ours uses; the bench compares both clients' live options and reports any difference under Checks): the baseline of every ratio; **ioredis, its defaults** (\`new Redis(port, host)\` / \`new Cluster(nodes)\`: no auto-pipelining); **node-redis** (\`createClient({ url })\` / \`createCluster({ rootNodes })\`).`,
    ...(input.baseline === undefined
      ? []
      : [
          `- **${input.baseline.label}**: our drivers built from a checkout of this repository at commit ${input.baseline.commit} (\`--baseline ${input.baseline.dir}\`), imported from that checkout's \`packages/redis-standalone/dist\` and \`packages/redis-cluster/dist\`, so they run with its own \`@org/redis-core\`; built with the same config as ours and run in every scenario, in the same rotation as the other clients. Its ratio is to the same raw ioredis as ours'.`,
        ]),
    `- Ours (defaults) means: ${input.oursDefaults.join(', ')}.`,
    `- Pipelines of ${workload.pipelineLength} use one hash tag per pipeline, so that ioredis' and node-redis' cluster pipelines (which need every key on one node) can run them; the cross-slot case is its own scenario, where ioredis is split per node by hand. Cluster MGET/MSET: raw ioredis and node-redis are split per hash slot by hand (group by slot, one command per group, in parallel, merged in order).`,
    `- Scenarios: sequential (one op awaited after the other, per-op latency), ${workload.inFlight} in flight (${workload.inFlight} workers each awaiting its op), explicit pipelines of ${workload.pipelineLength}; MGET and MSET of ${workload.multiKeyCount} keys spread over the slots, one awaited after the other, standalone and cluster in the same rounds; a pipeline of ${workload.crossSlotPipelineLength.toLocaleString('en-US')} commands (${workload.crossSlotPipelineLength / 2} SETs then ${workload.crossSlotPipelineLength / 2} GETs of the same keys) across the cluster's slots; SCAN with COUNT ${workload.scanCount} over ${settings.scanKeys.toLocaleString('en-US')} keys loaded into the cluster${settings.mode === 'quick' ? ` (quick mode; the full mode scans ${benchSettings.full.scanKeys.toLocaleString('en-US')})` : ''}, ours' single iterator vs ioredis \`scanStream\` on each master.`,
    `- Rounds: every contender is warmed up (~${settings.warmupMs} ms, which also sizes the runs), then ${settings.rounds} rounds; in each round every contender of the scenario runs once, in an order that rotates from round to round (interleaved), for the same number of ops, sized so a run lasts ~${settings.runMs} ms. Both modes of a scenario run in the same rounds, so cluster vs standalone ratios are interleaved too.`,
    "- Figures: median ops/s over the rounds; spread = slowest and fastest round relative to that median; ratio = median ops/s over the median of raw ioredis (same options) of the same scenario and mode; p50/p99 = medians over the rounds of each run's per-op latency percentiles (sequential scenarios, `performance.now()` per op); CPU = this Node process's CPU time (user + system) per op, median over the rounds.",
    `- Mode: ${settings.mode}${settings.mode === 'quick' ? ' (fewer rounds, shorter runs, fewer scan keys: for a quick look, not for the docs)' : ''}.`,
  ];
}

/**
 * The whole `docs/benchmarks.md`: how it was produced, on what, how, the table, the targets, the
 * checks, the process figures and how to read it all.
 */
export function renderDocument(input: ReportInput): string {
  const { process: figures } = input;
  return [
    '# Benchmarks',
    '',
    `Generated by \`${input.command}\` (from the repository root) on ${input.date}. Do not edit by hand: run the command again.`,
    '',
    ...machineSection(input),
    '',
    ...methodSection(input),
    '',
    '## Results',
    '',
    renderTable(input.rows),
    '',
    ...(input.baseline === undefined
      ? []
      : [
          '## Before / after',
          '',
          `Ours against ${input.baseline.label}, from the rows above: both ratios to raw ioredis (same options) and ours' change in ops/s over the baseline build.`,
          '',
          renderBaseline(input.rows),
          '',
        ]),
    '## Targets',
    '',
    'Ratios measured in this run (the benchmark never fails the build).',
    '',
    renderTargets(input.targets),
    '',
    '## Checks',
    '',
    ...input.checks.map((check) => `- ${check}`),
    '',
    '## Process',
    '',
    `- Wall time ${fixed(figures.wallSeconds)} s (including server start), CPU time of the Node process ${fixed(figures.cpuSeconds)} s.`,
    `- Peak memory: heapUsed ${fixed(figures.peakHeapUsedMiB)} MiB (sampled between runs), max RSS ${fixed(figures.maxRssMiB)} MiB.`,
    '',
    '## How to read',
    '',
    "Absolute ops/s depend on the machine and on whatever else runs on it; compare the ratios, which were measured in the same rounds, interleaved. A spread wider than the gap between two rows means the difference is noise. Client and servers share the CPUs here, so a client that spends less CPU per op leaves more to the server: the CPU µs/op column shows where a client's own cost goes. One op is one command in the single-key scenarios (a pipeline of 100 counts as 100), and one MGET/MSET, one pipeline or one full scan elsewhere; the last column converts to keys or commands per second.",
    '',
  ].join('\n');
}
