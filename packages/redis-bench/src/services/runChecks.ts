import { groupBySlot, keySlot } from '@org/redis-core';
import { diffOptions } from '../calculations/diffOptions.js';
import type { BaselineClients } from '../clients/BaselineClients.js';
import type { ClusterClients } from '../clients/connectCluster.js';
import type { StandaloneClients } from '../clients/connectStandalone.js';
import type { ModeClients } from '../clients/ModeClients.js';
import type { NamedClient } from '../clients/singleKeyClients.js';
import { crossSlotPipelines } from '../scenarios/crossSlotPipelineScenario.js';
import { keySets } from '../scenarios/multiKeyScenarios.js';
import { checkCrossSlotPipeline } from './checkCrossSlotPipeline.js';
import { checkMetricsListener } from './checkMetricsListener.js';
import { checkMultiKey } from './checkMultiKey.js';
import { checkSingleKeyClients } from './checkSingleKeyClients.js';
import { packageVersion } from './machine.js';
import { probeNodeRedisSplit } from './probeNodeRedisSplit.js';

function optionsCheck(clients: ModeClients): string {
  return clients.optionDrift.length === 0
    ? `${clients.mode}: raw ioredis "same options" runs with exactly ours' options (the live \`options\` of both clients compared).`
    : `PROBLEM (${clients.mode}): raw ioredis "same options" differs from ours on ${clients.optionDrift.join('; ')}.`;
}

function baselineOptionsCheck(clients: ModeClients, baseline: BaselineClients): string {
  const drift = diffOptions(
    clients.ours.nativeClient().options,
    baseline[clients.mode].nativeClient().options,
  );
  return drift.length === 0
    ? `${clients.mode}: ${baseline.label} runs with exactly ours' ioredis options (same config, live \`options\` compared).`
    : `PROBLEM (${clients.mode}): ${baseline.label} differs from ours on ${drift.join('; ')}.`;
}

/** Whether the baseline's client is an instance of ours' ioredis classes (one module instance: see `shareIoredis`). */
function baselineIoredisCheck(clients: ModeClients, baseline: BaselineClients): string {
  const shared =
    Object.getPrototypeOf(baseline[clients.mode].nativeClient()) ===
    Object.getPrototypeOf(clients.ours.nativeClient());
  return shared
    ? `${clients.mode}: ${baseline.label} runs on the same ioredis module instance as ours and raw ioredis.`
    : `PROBLEM (${clients.mode}): ${baseline.label} runs its own copy of ioredis (its timings are not comparable to ours).`;
}

function defaultsCheck(clients: ModeClients): string {
  return `${clients.mode}: raw ioredis with its defaults differs from ours on ${clients.defaultsDrift.join('; ') || 'nothing'}.`;
}

function problemsOr(problems: readonly string[], fine: string): string[] {
  return problems.length === 0 ? [fine] : problems.map((problem) => `PROBLEM: ${problem}`);
}

/** How many slots and masters the MGET key sets touch (what a cluster split has to send). */
function spreadOfKeySets(cluster: ClusterClients): string {
  const slots = keySets.map((set) => groupBySlot(set.keys, '').length);
  const masters = keySets.map(
    (set) => new Set(set.keys.map((key) => cluster.ioredis.slots[keySlot(key, '')]?.[0])).size,
  );
  const mean = (values: readonly number[]): string =>
    (values.reduce((sum, value) => sum + value, 0) / values.length).toFixed(1);
  return `Each MGET/MSET of ${keySets[0]?.keys.length ?? 0} keys touches on average ${mean(slots)} hash slots on ${mean(masters)} masters.`;
}

/**
 * Everything checked before timing: the baseline really has ours' options, every client does the
 * work it is timed on, the metrics listener counts, and whether node-redis splits a cross-slot
 * MGET by itself. One sentence each (`PROBLEM: …` when something is off), for the report. The
 * `--baseline` build of our drivers, when given, is among `named` and goes through the MGET and
 * pipeline checks too.
 */
export async function runChecks(
  standalone: StandaloneClients,
  cluster: ClusterClients,
  named: readonly NamedClient[],
  baseline?: BaselineClients,
): Promise<string[]> {
  const firstSet = keySets[0]?.keys ?? [];
  return [
    optionsCheck(standalone),
    optionsCheck(cluster),
    ...(baseline === undefined
      ? []
      : [
          baselineOptionsCheck(standalone, baseline),
          baselineOptionsCheck(cluster, baseline),
          baselineIoredisCheck(standalone, baseline),
          baselineIoredisCheck(cluster, baseline),
        ]),
    defaultsCheck(standalone),
    defaultsCheck(cluster),
    ...problemsOr(
      await checkSingleKeyClients(named),
      'Every client read back what it wrote, directly and through its pipeline.',
    ),
    ...problemsOr(
      await checkMultiKey(standalone, cluster, firstSet, baseline),
      'Every MGET variant returned the loaded values in order.',
    ),
    ...problemsOr(
      await checkCrossSlotPipeline(cluster, crossSlotPipelines[0] ?? [], baseline),
      `${baseline === undefined ? 'Both' : 'All three'} cross-slot pipelines ran every command; each GET saw its SET.`,
    ),
    spreadOfKeySets(cluster),
    await checkMetricsListener(standalone.ours),
    await probeNodeRedisSplit(cluster, firstSet, packageVersion('redis')),
  ];
}
