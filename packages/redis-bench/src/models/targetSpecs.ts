import { cpuPerOp, rateRatio } from '../calculations/cpuPerOp.js';
import type { ClientId, ScenarioId } from './Scenario.js';
import type { RowRef, TargetSpec } from './Target.js';

const standalone = (scenario: ScenarioId, client: ClientId): RowRef => ({
  scenario,
  mode: 'standalone',
  client,
});
const cluster = (scenario: ScenarioId, client: ClientId): RowRef => ({ scenario, mode: 'cluster', client });

/** The five targets of the issue, as ratios measured in one run. */
export const targetSpecs: readonly TargetSpec[] = [
  {
    id: 1,
    title: 'Single-key overhead of the layer vs raw ioredis with identical options, both modes',
    minimum: 0.95,
    checks: [
      {
        label: 'standalone, sequential',
        numerator: standalone('sequential', 'ours'),
        denominator: standalone('sequential', 'ioredis'),
      },
      {
        label: 'standalone, 100 in flight',
        numerator: standalone('inFlight', 'ours'),
        denominator: standalone('inFlight', 'ioredis'),
      },
      {
        label: 'cluster, sequential',
        numerator: cluster('sequential', 'ours'),
        denominator: cluster('sequential', 'ioredis'),
      },
      {
        label: 'cluster, 100 in flight',
        numerator: cluster('inFlight', 'ours'),
        denominator: cluster('inFlight', 'ioredis'),
      },
    ],
    whyMissed:
      "With auto-pipelining, raw ioredis spends only a few µs of CPU per command, so a fixed cost of a fraction of a µs per command is already several percent, and on 2 cores shared with the servers client CPU is throughput. Ours adds per command: the guard (one pending-command object holding the caller's promise, a deadline linked into a list shared by all commands, error mapping and instrumentation hooks) and the argument array. In sequential runs every command also waits for the `setImmediate` of ioredis' auto-pipelining, which hides part of that cost, but those runs are also the noisiest of the table (see their spread).",
    explain: (rows) =>
      `In this run, 100 in flight: ours ${cpuPerOp(rows, standalone('inFlight', 'ours'))} CPU per command vs raw ${cpuPerOp(rows, standalone('inFlight', 'ioredis'))} (standalone), ${cpuPerOp(rows, cluster('inFlight', 'ours'))} vs ${cpuPerOp(rows, cluster('inFlight', 'ioredis'))} (cluster).`,
  },
  {
    id: 2,
    title: 'Our defaults vs raw ioredis defaults, 100 in flight, standalone',
    minimum: 1.5,
    checks: [
      {
        label: 'standalone, 100 in flight',
        numerator: standalone('inFlight', 'ours'),
        denominator: standalone('inFlight', 'ioredisDefaults'),
      },
    ],
    whyMissed:
      "Auto-pipelining is the whole gain (ours' other defaults, commandTimeout and retries, cost about 1 %), and ioredis' auto-pipelining is capped: each batch waits for a `setImmediate`, and a connection has at most one auto-pipelined batch in flight (`_runningAutoPipelines` in ioredis' autoPipelining.js), so commands issued while a batch's replies are outstanding wait for the next one. Ours can reach at most what raw ioredis with auto-pipelining reaches, minus the layer's own cost (target 1).",
    explain: (rows) =>
      `In this run raw ioredis with ours' options reaches ${rateRatio(rows, standalone('inFlight', 'ioredis'), standalone('inFlight', 'ioredisDefaults'))} its defaults, and ours ${rateRatio(rows, standalone('inFlight', 'ours'), standalone('inFlight', 'ioredis'))} of raw ioredis with the same options.`,
  },
  {
    id: 3,
    title: "Cross-slot MGET of 100 keys on the cluster vs node-redis's split",
    minimum: 2,
    checks: [
      {
        label: 'cluster, MGET 100 keys',
        numerator: cluster('mget', 'ours'),
        denominator: cluster('mget', 'nodeRedis'),
      },
    ],
    note: 'node-redis has no built-in split (see Checks, which probe the installed version): the denominator is node-redis split per slot by hand.',
    whyMissed:
      "A hand split with node-redis is already the best a split can do: one MGET per slot, all written in one tick, no limit of one batch in flight, and node-redis spends about half of ioredis' CPU per command. 100 keys spread over the slots fall in about 100 slots and Redis refuses an MGET across slots, so every split sends about 100 MGETs; ours sends them as one pipeline per master, but each is still an ioredis command. Twice a node-redis hand split would need ours close to a standalone MGET: out of reach on ioredis. The target assumed a node-redis that splits by itself; the version measured does not (see Checks), so the denominator is the best hand split, made with a client that spends half of ioredis' CPU per command.",
    explain: (rows) =>
      `CPU per cluster MGET in this run: ours ${cpuPerOp(rows, cluster('mget', 'ours'))}, node-redis by hand ${cpuPerOp(rows, cluster('mget', 'nodeRedis'))}, raw ioredis by hand ${cpuPerOp(rows, cluster('mget', 'ioredis'))}; ours is ${rateRatio(rows, cluster('mget', 'ours'), cluster('mget', 'ioredis'))} the raw ioredis hand split.`,
  },
  {
    id: 4,
    title: 'Cross-slot MGET of 100 keys on the cluster vs a standalone MGET of the same keys',
    minimum: 0.3,
    checks: [
      {
        label: 'ours cluster / ours standalone',
        numerator: cluster('mget', 'ours'),
        denominator: standalone('mget', 'ours'),
      },
    ],
    whyMissed:
      'A standalone MGET of 100 keys is one command. On the cluster the same keys fall in about 100 slots on 3 masters and Redis refuses an MGET across slots, so about 100 MGETs are sent, one pipeline per master, masters in parallel: the round trips are not the cost, the client-side work per command is (each is an ioredis command with its own encoding, reply and timer).',
    explain: (rows) =>
      `CPU per MGET in this run: ours ${cpuPerOp(rows, cluster('mget', 'ours'))} on the cluster vs ${cpuPerOp(rows, standalone('mget', 'ours'))} standalone.`,
  },
  {
    id: 5,
    title: 'Cross-slot 1,000-command pipeline vs a hand-written per-node split',
    minimum: 0.9,
    checks: [
      {
        label: 'cluster, pipeline of 1,000',
        numerator: cluster('crossSlotPipeline', 'ours'),
        denominator: cluster('crossSlotPipeline', 'ioredis'),
      },
    ],
    whyMissed:
      'Both send one pipeline per master, masters in parallel. Ours also records an object per queued command, settles each reply into a `PipelineResult` (value and error mapping) and merges them back in order, under one guard for the whole pipeline.',
    explain: (rows) =>
      `CPU per pipeline in this run: ours ${cpuPerOp(rows, cluster('crossSlotPipeline', 'ours'))} vs ${cpuPerOp(rows, cluster('crossSlotPipeline', 'ioredis'))} by hand.`,
  },
];
