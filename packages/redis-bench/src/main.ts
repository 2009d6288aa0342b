/**
 * The benchmark: our drivers vs raw ioredis and node-redis, side by side in the same run, on
 * servers the testkit starts. Prints one table (and the targets) to stdout, progress to stderr,
 * and writes the markdown report.
 *
 *   pnpm bench        quick mode (< 2 min), writes packages/redis-bench/.results/benchmarks.quick.md
 *   pnpm bench:full   full mode, writes docs/benchmarks.md
 *   --out <file>      write the markdown elsewhere
 *   --baseline <dir>  also run the drivers of another checkout of this repository (installed and
 *                     built), as "ours (baseline <commit>)" in every scenario: see README.md
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from './calculations/parseArgs.js';
import { loadBaseline } from './clients/loadBaseline.js';
import { benchSettings } from './models/BenchSettings.js';
import {
  CACHE_MARKERS,
  MIGRATE_MARKERS,
  MIGRATING_MARKERS,
  markedSection,
} from './migrate/calculations/replaceMarkedSection.js';
import { renderBaseline } from './report/renderBaseline.js';
import { renderDocument } from './report/renderDocument.js';
import { renderTable } from './report/renderTable.js';
import { renderTargets } from './report/renderTargets.js';
import { runBenchmark } from './services/runBenchmark.js';
import { startBenchServers } from './services/servers.js';

const startedAt = performance.now();
const cpuAtStart = process.cpuUsage();
const log = (line: string): void => {
  process.stderr.write(
    `[bench ${((performance.now() - startedAt) / 1000).toFixed(0).padStart(3)} s] ${line}\n`,
  );
};

const args = parseArgs(process.argv.slice(2));
const settings = benchSettings[args.mode];
const packageDir = join(import.meta.dirname, '..');
const outFile =
  args.out !== undefined
    ? resolve(args.out)
    : settings.mode === 'full'
      ? resolve(packageDir, '../../docs/benchmarks.md')
      : join(packageDir, '.results', 'benchmarks.quick.md');
const command = `${settings.mode === 'full' ? 'pnpm bench:full' : 'pnpm bench'}${args.out === undefined ? '' : ` --out ${args.out}`}${args.baseline === undefined ? '' : ` --baseline ${args.baseline}`}`;
// Loaded before any server starts, so a checkout that is not built fails at once.
const drivers = args.baseline === undefined ? undefined : await loadBaseline(resolve(args.baseline));
if (drivers !== undefined) log(`baseline: the drivers of ${drivers.dir} at ${drivers.commit}`);

log(
  `${settings.mode} mode: ${settings.rounds} rounds of ~${settings.runMs} ms runs; starting a standalone server and a 3-master cluster`,
);
const servers = await startBenchServers();
try {
  const outcome = await runBenchmark(servers, settings, log, drivers);
  const cpu = process.cpuUsage(cpuAtStart);
  const figures = {
    wallSeconds: (performance.now() - startedAt) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    ...outcome.memory,
  };
  const markdown = renderDocument({
    settings,
    command,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    machine: outcome.machine,
    backend: servers.standalone.backend,
    oursDefaults: outcome.oursDefaults,
    rows: outcome.rows,
    targets: outcome.targets,
    checks: outcome.checks,
    process: figures,
    ...(outcome.baseline === undefined ? {} : { baseline: outcome.baseline }),
  });
  await mkdir(dirname(outFile), { recursive: true });
  // The bench:migrate, bench:migrating and bench:cache sections are other commands' output: carried over.
  const previous = existsSync(outFile) ? await readFile(outFile, 'utf8') : '';
  const carried = [MIGRATE_MARKERS, MIGRATING_MARKERS, CACHE_MARKERS]
    .map((markers) => markedSection(previous, markers))
    .filter((block) => block !== '');
  await writeFile(
    outFile,
    carried.length === 0 ? markdown : `${markdown.replace(/\n*$/, '')}\n\n${carried.join('\n\n')}\n`,
  );
  const beforeAfter = renderBaseline(outcome.rows);
  process.stdout.write(
    `${renderTable(outcome.rows)}\n\n${beforeAfter === '' ? '' : `Before / after\n\n${beforeAfter}\n\n`}Targets\n\n${renderTargets(outcome.targets)}\n`,
  );
  for (const check of outcome.checks.filter((line) => line.startsWith('PROBLEM'))) log(check);
  log(
    `process: ${figures.cpuSeconds.toFixed(1)} s CPU, peak heapUsed ${figures.peakHeapUsedMiB.toFixed(0)} MiB, max RSS ${figures.maxRssMiB.toFixed(0)} MiB`,
  );
  log(`wrote ${relative(process.cwd(), outFile) || outFile}`);
} finally {
  await servers.stop();
}
log('servers stopped');
