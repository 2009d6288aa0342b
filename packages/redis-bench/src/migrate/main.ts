/**
 * `pnpm bench:migrate`: our `redis-migrate copy` against `redis-cli --cluster import`, standalone
 * source to a 3-master cluster, each run on fresh testkit servers, interleaved; `verify` timed after
 * our copy. Prints the section and writes it between the bench:migrate markers of
 * docs/benchmarks.md (`--quick`: 100 k keys once per tool, written to .results/ instead).
 *
 *   pnpm bench:migrate [--quick] [--only ours|redis-cli] [--out <file>]
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseMigrateArgs } from './calculations/parseMigrateArgs.js';
import { planMigrateRuns } from './calculations/planMigrateRuns.js';
import { replaceMarkedSection } from './calculations/replaceMarkedSection.js';
import { summarizeMigrateRuns } from './calculations/summarizeMigrateRuns.js';
import { migrateBenchSettings } from './models/MigrateBenchSettings.js';
import { migrateDatasetText } from './models/migrateDataset.js';
import type { MigrateRun } from './models/MigrateRun.js';
import { renderMigrateSection } from './report/renderMigrateSection.js';
import { runMigrateRun } from './services/runMigrateRun.js';

const startedAt = performance.now();
const log = (line: string): void => {
  process.stderr.write(
    `[bench:migrate ${((performance.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${line}\n`,
  );
};

const args = parseMigrateArgs(process.argv.slice(2));
const settings = migrateBenchSettings[args.mode];
const packageDir = join(import.meta.dirname, '../..');
const migrateCli = resolve(packageDir, '../redis-migrate/dist/bin/redis-migrate.js');
if (!existsSync(migrateCli))
  throw new Error(`${migrateCli} is missing: run pnpm --filter @org/redis-migrate build`);
const help = execFileSync(process.execPath, [migrateCli, '--help'], { encoding: 'utf8' });
const hasVerify = /^\s+verify\b/m.test(help);
const outFile =
  args.out !== undefined
    ? resolve(args.out)
    : args.mode === 'full'
      ? resolve(packageDir, '../../docs/benchmarks.md')
      : join(packageDir, '.results', 'benchmarks-migrate.quick.md');
const command = [
  'pnpm bench:migrate',
  args.mode === 'quick' ? '--quick' : '',
  args.only === undefined ? '' : `--only ${args.only}`,
  args.out === undefined ? '' : `--out ${args.out}`,
]
  .filter((part) => part !== '')
  .join(' ');

const plan = planMigrateRuns(settings.sizes, args.only === undefined ? undefined : [args.only]);
log(
  `${plan.length} runs: ${plan.map((run) => `${run.tool}@${run.keys}`).join(', ')}; verify ${hasVerify ? 'after each copy of ours' : 'not in this CLI yet'}`,
);
const runs: MigrateRun[] = [];
const notes: string[] = [];
for (const [index, planned] of plan.entries()) {
  try {
    const run = await runMigrateRun(planned, {
      migrateCli,
      hasVerify,
      toolTimeoutMs: settings.toolTimeoutMs,
      log,
    });
    runs.push(run);
    const verify =
      run.verify === undefined
        ? ''
        : `; verify ${run.verify.wallSeconds.toFixed(1)} s (${Math.round(run.keys / run.verify.wallSeconds)} keys/s)`;
    log(
      `run ${index + 1}/${plan.length} ${run.tool} @ ${run.keys}: ${run.copy.wallSeconds.toFixed(1)} s, ${Math.round(run.keys / run.copy.wallSeconds)} keys/s, peak RSS ${((run.copy.peakRssBytes ?? Number.NaN) / 1024 ** 2).toFixed(0)} MB, tool CPU ${(run.copy.cpuSeconds ?? Number.NaN).toFixed(1)} s, source CPU ${run.sourceCpuSeconds.toFixed(1)} s${verify}`,
    );
  } catch (error) {
    const message = `run ${index + 1} (${planned.tool} @ ${planned.keys}) failed: ${error instanceof Error ? error.message : String(error)}`;
    log(message);
    notes.push(message.replace(/\s+/g, ' ').slice(0, 600));
  }
}
if (!hasVerify)
  notes.push('verify: the built redis-migrate has no `verify` subcommand yet, so it was not timed.');
notes.push(`Target DBSIZE equal to the source's after each of the ${runs.length} successful runs.`);

const cpus = os.cpus();
const redisServer =
  execFileSync('redis-server', ['--version'], { encoding: 'utf8' }).match(/v=(\S+)/)?.[1] ?? 'unknown';
const redisCli = execFileSync('redis-cli', ['--version'], { encoding: 'utf8' }).trim();
const section = renderMigrateSection({
  command,
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  machine: `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, ${os.type()} ${os.release()} ${os.arch()}, load average at the end ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' / ')} (other sessions share the machine)`,
  versions: `redis-server ${redisServer}, ${redisCli}, node ${process.version}`,
  dataset: migrateDatasetText,
  summaries: summarizeMigrateRuns(runs),
  notes,
});
await mkdir(dirname(outFile), { recursive: true });
const existing = existsSync(outFile) ? await readFile(outFile, 'utf8') : '';
await writeFile(outFile, replaceMarkedSection(existing, section));
await writeFile(
  join(packageDir, '.results', `migrate-runs.${args.mode}.json`),
  `${JSON.stringify(runs, null, 2)}\n`,
).catch(() => undefined);
process.stdout.write(`${section}\n`);
log(`wrote ${relative(process.cwd(), outFile) || outFile}`);
if (runs.length < plan.length) process.exitCode = 1;
