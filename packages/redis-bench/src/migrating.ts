/**
 * `pnpm bench:migrating`: the latency the migrating service (`mode: 'migrating'`, standalone source,
 * 3-master cluster target) adds, against the source alone and the target alone, in ONE interleaved
 * run on servers the testkit starts: SET and GET, sequential and 100 in flight, in dual-write,
 * shadow (sample 0.01) and cutover. Prints the section and writes it between the bench:migrating
 * markers of docs/benchmarks.md (`--quick`: fewer, shorter rounds, written to .results/ instead).
 *
 *   pnpm bench:migrating [--quick] [--out <file>]
 */
import { benchValue } from './calculations/benchKeys.js';
import { MIGRATING_MARKERS } from './migrate/calculations/replaceMarkedSection.js';
import { compareToBaseline } from './migrating/calculations/compareToBaseline.js';
import { summarizeMigratingRuns } from './migrating/calculations/summarizeMigratingRuns.js';
import { migratingBenchSettings, migratingWorkload } from './migrating/models/MigratingBenchSettings.js';
import type { MigratingScenarioResult } from './migrating/models/MigratingResults.js';
import { migratingVariants } from './migrating/models/MigratingVariant.js';
import { renderMigratingSection } from './migrating/report/renderMigratingSection.js';
import { connectVariants } from './migrating/services/connectVariants.js';
import { measureMigratingScenario } from './migrating/services/measureMigrating.js';
import { migratingKeys, migratingScenarios } from './migrating/services/migratingScenarios.js';
import { packageVersion } from './services/machine.js';
import { SectionBench } from './services/SectionBench.js';
import { startBenchServers } from './services/servers.js';

const bench = new SectionBench('migrating', process.argv.slice(2));
const { args } = bench;
const log = (line: string): void => bench.log(line);
const settings = migratingBenchSettings[args.mode];

log(
  `${settings.mode} mode: ${settings.rounds} rounds of ~${settings.runMs} ms runs; starting a standalone server and a 3-master cluster`,
);
const servers = await startBenchServers();
try {
  bench.refuseSharedServers(servers);
  const variants = await connectVariants(servers);
  try {
    const dualWrite = variants.services.get('dualWrite');
    const target = variants.services.get('cluster');
    if (dualWrite === undefined || target === undefined) throw new Error('a variant is missing');
    // Loaded through dual-write, so both sides hold every key before any GET is timed.
    for (let start = 0; start < migratingKeys.length; start += migratingWorkload.inFlight)
      await Promise.all(
        migratingKeys
          .slice(start, start + migratingWorkload.inFlight)
          .map((key) => dualWrite.set(key, benchValue)),
      );
    const onTarget = await target.get(migratingKeys.at(-1) ?? '');
    if (onTarget !== benchValue) throw new Error('dual-write did not reach the target');
    const checks = [
      ...variants.checks,
      `${migratingKeys.length.toLocaleString('en-US')} keys written through dual-write before timing; the target read the last one back.`,
    ];
    log(
      `${migratingKeys.length} keys loaded on both sides; ${migratingScenarios.length} scenarios × ${migratingVariants.length} variants`,
    );

    const results: MigratingScenarioResult[] = [];
    for (const scenario of migratingScenarios)
      results.push(await measureMigratingScenario(scenario, variants.services, settings, log));

    for (const variant of migratingVariants) {
      const health = await variants.services.get(variant.id)?.health();
      const migration = health?.migration;
      if (variant.phase === undefined || migration === undefined) continue;
      checks.push(
        `${variant.label}: still in ${migration.phase} at the end, ${migration.secondaryWriteFailures} second writes refused.`,
      );
    }
    const rows = summarizeMigratingRuns(results);
    const comparisons = compareToBaseline(rows);
    const section = renderMigratingSection({
      command: bench.command,
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      machine: bench.machine(),
      versions: `redis-server ${bench.redisServerVersion()}, node ${process.version}, ioredis ${packageVersion('ioredis')}`,
      settings,
      rows,
      comparisons,
      checks,
      ...bench.usage(),
    });
    await bench.write(section, MIGRATING_MARKERS, results);
  } finally {
    await variants.close();
  }
} finally {
  await servers.stop();
}
log('servers stopped');
