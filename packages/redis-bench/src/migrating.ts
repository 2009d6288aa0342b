/**
 * `pnpm bench:migrating`: the latency the migrating service (`mode: 'migrating'`, standalone source,
 * 3-master cluster target) adds, against the source alone and the target alone, in ONE interleaved
 * run on servers the testkit starts: SET and GET, sequential and 100 in flight, in dual-write,
 * shadow (sample 0.01) and cutover. Prints the section and writes it between the bench:migrating
 * markers of docs/benchmarks.md (`--quick`: fewer, shorter rounds, written to .results/ instead).
 *
 *   pnpm bench:migrating [--quick] [--out <file>]
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchValue } from './calculations/benchKeys.js';
import { MIGRATING_MARKERS, replaceMarkedSection } from './migrate/calculations/replaceMarkedSection.js';
import { compareToBaseline } from './migrating/calculations/compareToBaseline.js';
import { parseMigratingArgs } from './migrating/calculations/parseMigratingArgs.js';
import { summarizeMigratingRuns } from './migrating/calculations/summarizeMigratingRuns.js';
import { migratingBenchSettings, migratingWorkload } from './migrating/models/MigratingBenchSettings.js';
import type { MigratingScenarioResult } from './migrating/models/MigratingResults.js';
import { migratingVariants } from './migrating/models/MigratingVariant.js';
import { renderMigratingSection } from './migrating/report/renderMigratingSection.js';
import { connectVariants } from './migrating/services/connectVariants.js';
import { measureMigratingScenario } from './migrating/services/measureMigrating.js';
import { migratingKeys, migratingScenarios } from './migrating/services/migratingScenarios.js';
import { packageVersion } from './services/machine.js';
import { startBenchServers } from './services/servers.js';

const startedAt = performance.now();
const cpuAtStart = process.cpuUsage();
const log = (line: string): void => {
  process.stderr.write(
    `[bench:migrating ${((performance.now() - startedAt) / 1000).toFixed(0).padStart(3)} s] ${line}\n`,
  );
};

const args = parseMigratingArgs(process.argv.slice(2));
const settings = migratingBenchSettings[args.mode];
const packageDir = join(import.meta.dirname, '..');
const outFile =
  args.out !== undefined
    ? resolve(args.out)
    : args.mode === 'full'
      ? resolve(packageDir, '../../docs/benchmarks.md')
      : join(packageDir, '.results', 'benchmarks-migrating.quick.md');
const command = [
  'pnpm bench:migrating',
  args.mode === 'quick' ? '--quick' : '',
  args.out ? `--out ${args.out}` : '',
]
  .filter((part) => part !== '')
  .join(' ');

log(
  `${settings.mode} mode: ${settings.rounds} rounds of ~${settings.runMs} ms runs; starting a standalone server and a 3-master cluster`,
);
const servers = await startBenchServers();
try {
  const ports = [servers.standalone.port, ...servers.cluster.startupNodes.map((node) => node.port)];
  if (servers.standalone.backend === 'external' || ports.includes(6379))
    throw new Error(
      `refusing to run on ${servers.standalone.backend} servers (ports ${ports.join(', ')}): unset REDIS_TEST_URL / REDIS_TEST_CLUSTER_NODES`,
    );
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
    const cpu = process.cpuUsage(cpuAtStart);
    const cpus = os.cpus();
    const redisServer =
      execFileSync('redis-server', ['--version'], { encoding: 'utf8' }).match(/v=(\S+)/)?.[1] ?? 'unknown';
    const section = renderMigratingSection({
      command,
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      machine: `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, ${os.type()} ${os.release()} ${os.arch()}, load average at the end ${os
        .loadavg()
        .map((load) => load.toFixed(1))
        .join(' / ')} (other processes share the machine)`,
      versions: `redis-server ${redisServer}, node ${process.version}, ioredis ${packageVersion('ioredis')}`,
      settings,
      rows,
      comparisons,
      checks,
      wallSeconds: (performance.now() - startedAt) / 1000,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
    });
    await mkdir(dirname(outFile), { recursive: true });
    const existing = existsSync(outFile) ? await readFile(outFile, 'utf8') : '';
    await writeFile(outFile, replaceMarkedSection(existing, section, MIGRATING_MARKERS));
    const runsFile = join(packageDir, '.results', `migrating-runs.${args.mode}.json`);
    await mkdir(dirname(runsFile), { recursive: true });
    await writeFile(runsFile, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`${section}\n`);
    log(`wrote ${relative(process.cwd(), outFile) || outFile} and ${relative(process.cwd(), runsFile)}`);
  } finally {
    await variants.close();
  }
} finally {
  await servers.stop();
}
log('servers stopped');
