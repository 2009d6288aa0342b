import { describeDefaults } from '../calculations/describeDefaults.js';
import { evaluateTargets } from '../calculations/evaluateTargets.js';
import { summarize } from '../calculations/summarize.js';
import { connectBaseline, type BaselineClients } from '../clients/BaselineClients.js';
import { connectCluster } from '../clients/connectCluster.js';
import { connectStandalone } from '../clients/connectStandalone.js';
import type { BaselineDrivers } from '../clients/loadBaseline.js';
import { singleKeyClients } from '../clients/singleKeyClients.js';
import { MemoryTracker, type MemoryPeak } from '../measure/MemoryTracker.js';
import { measureScenario } from '../measure/measureScenario.js';
import type { BenchSettings } from '../models/BenchSettings.js';
import type { MachineInfo } from '../models/MachineInfo.js';
import type { ResultRow, ScenarioResult } from '../models/Results.js';
import type { TargetResult } from '../models/Target.js';
import { targetSpecs } from '../models/targetSpecs.js';
import { crossSlotPipelineScenario } from '../scenarios/crossSlotPipelineScenario.js';
import { loadKeySets, mgetScenario, msetScenario } from '../scenarios/multiKeyScenarios.js';
import {
  loadScanKeys,
  scanMastersInParallel,
  scanMastersInTurn,
  scanOurs,
  scanScenario,
} from '../scenarios/scanScenario.js';
import { singleKeyScenarios } from '../scenarios/singleKeyScenarios.js';
import { describeMachine } from './machine.js';
import { runChecks } from './runChecks.js';
import type { BenchServers } from './servers.js';

/** What a benchmark run measured, ready to report. */
export interface BenchmarkOutcome {
  readonly rows: readonly ResultRow[];
  readonly targets: readonly TargetResult[];
  readonly checks: readonly string[];
  readonly machine: MachineInfo;
  readonly oursDefaults: readonly string[];
  readonly memory: MemoryPeak;
  /** The `--baseline` build that ran as one more contender, when there was one. */
  readonly baseline?: { readonly label: string; readonly commit: string; readonly dir: string };
}

/**
 * Connect every client to `servers`, check that each does the work it is timed on, measure every
 * scenario, and summarize. Closes every client, also on failure (the caller stops the servers).
 *
 * @param log - progress lines (stderr).
 * @param drivers - another build of our drivers (`--baseline`), connected with ours' config and
 *   run in every scenario next to ours.
 */
export async function runBenchmark(
  servers: BenchServers,
  settings: BenchSettings,
  log: (line: string) => void,
  drivers?: BaselineDrivers,
): Promise<BenchmarkOutcome> {
  const memory = new MemoryTracker();
  const standalone = await connectStandalone(servers.standalone);
  try {
    const cluster = await connectCluster(servers.cluster.startupNodes);
    // Declared out here so that `finally` closes it; connected inside so a failure still closes the rest.
    let baseline: BaselineClients | undefined;
    try {
      if (drivers !== undefined) baseline = await connectBaseline(drivers, standalone.config, cluster.config);
      const named = [...singleKeyClients(standalone, baseline), ...singleKeyClients(cluster, baseline)];
      await loadKeySets(standalone, cluster);
      const checks = await runChecks(standalone, cluster, named, baseline);
      const scenarios = [
        ...singleKeyScenarios(named),
        mgetScenario(standalone, cluster, baseline),
        msetScenario(standalone, cluster, baseline),
        crossSlotPipelineScenario(cluster, baseline),
      ];
      const total = scenarios.length + 1;
      const results: ScenarioResult[] = [];
      for (const [index, scenario] of scenarios.entries()) {
        log(`${index + 1}/${total} ${scenario.title}: warming up`);
        results.push(await measureScenario(scenario, settings, memory, (line) => log(`  ${line}`)));
      }
      log(`${total}/${total} loading ${settings.scanKeys.toLocaleString('en-US')} keys to scan`);
      await loadScanKeys(cluster, settings.scanKeys);
      const counts = [
        await scanOurs(cluster.ours),
        await scanMastersInTurn(cluster),
        await scanMastersInParallel(cluster),
        ...(baseline === undefined ? [] : [await scanOurs(baseline.cluster)]),
      ];
      checks.push(
        counts.every((count) => count === settings.scanKeys)
          ? `Every scan variant found all ${settings.scanKeys.toLocaleString('en-US')} keys loaded for it.`
          : `PROBLEM: the scans found ${counts.join(', ')} of ${settings.scanKeys} keys (ours, in turn, parallel${baseline === undefined ? '' : ', baseline'}).`,
      );
      const scan = scanScenario(cluster, settings.scanKeys, baseline);
      results.push(await measureScenario(scan, settings, memory, (line) => log(`  ${line}`)));
      const rows = summarize(results);
      return {
        rows,
        targets: evaluateTargets(rows, targetSpecs),
        checks,
        machine: describeMachine(await standalone.ioredis.info('server')),
        oursDefaults: describeDefaults(standalone.config, cluster.config),
        memory: memory.peak(),
        ...(baseline === undefined
          ? {}
          : { baseline: { label: baseline.label, commit: baseline.commit, dir: baseline.dir } }),
      };
    } finally {
      await baseline?.close();
      await cluster.close();
    }
  } finally {
    await standalone.close();
  }
}
