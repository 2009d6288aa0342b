/**
 * `pnpm bench:cache`: `@org/redis-cache` against bentocache 1.6.1 (memory L1, redis driver and bus, on
 * ioredis 5), in ONE interleaved run on servers the testkit starts, standalone and 3-master cluster: L1
 * hits, L2 hits with a cold L1, misses with a 1 ms factory, 100 keys at once, and a cold-key stampede over
 * 8 instances. Prints the section and writes it between the bench:cache markers of docs/benchmarks.md
 * (`--quick`: fewer, shorter rounds, written to .results/ instead).
 *
 *   pnpm bench:cache [--quick] [--out <file>]
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluateCacheGoals } from './cache/calculations/evaluateCacheGoals.js';
import { parseCacheArgs } from './cache/calculations/parseCacheArgs.js';
import { summarizeCacheRuns } from './cache/calculations/summarizeCacheRuns.js';
import { cacheBenchSettings } from './cache/models/CacheBenchSettings.js';
import type { CacheScenarioResult } from './cache/models/CacheResults.js';
import { renderCacheSection } from './cache/report/renderCacheSection.js';
import { cacheScenarios } from './cache/services/cacheScenarios.js';
import { CommandCounter } from './cache/services/CommandCounter.js';
import { connectContenders } from './cache/services/connectContenders.js';
import { installedVersion } from './cache/services/installedVersion.js';
import { measureCacheScenario } from './cache/services/measureCacheScenario.js';
import { runStampede } from './cache/services/runStampede.js';
import { CACHE_MARKERS, replaceMarkedSection } from './migrate/calculations/replaceMarkedSection.js';
import { startBenchServers } from './services/servers.js';

const startedAt = performance.now();
const cpuAtStart = process.cpuUsage();
const loadAtStart = os.loadavg();
const formatLoad = (load: readonly number[]): string => load.map((value) => value.toFixed(1)).join(' / ');
const log = (line: string): void => {
  process.stderr.write(
    `[bench:cache ${((performance.now() - startedAt) / 1000).toFixed(0).padStart(3)} s] ${line}\n`,
  );
};

const args = parseCacheArgs(process.argv.slice(2));
const settings = cacheBenchSettings[args.mode];
const packageDir = join(import.meta.dirname, '..');
const outFile =
  args.out !== undefined
    ? resolve(args.out)
    : args.mode === 'full'
      ? resolve(packageDir, '../../docs/benchmarks.md')
      : join(packageDir, '.results', 'benchmarks-cache.quick.md');
const command = [
  'pnpm bench:cache',
  args.mode === 'quick' ? '--quick' : '',
  args.out ? `--out ${args.out}` : '',
]
  .filter((part) => part !== '')
  .join(' ');

log(
  `${settings.mode} mode: ${settings.rounds} rounds of ~${settings.runMs} ms runs, ${settings.stampedeRounds} stampede rounds; starting a standalone server and a 3-master cluster`,
);
const servers = await startBenchServers();
try {
  const ports = [servers.standalone.port, ...servers.cluster.startupNodes.map((node) => node.port)];
  if (servers.standalone.backend === 'external' || ports.includes(6379))
    throw new Error(
      `refusing to run on ${servers.standalone.backend} servers (ports ${ports.join(', ')}): unset REDIS_TEST_URL / REDIS_TEST_CLUSTER_NODES`,
    );
  const connected = await connectContenders(servers, log);
  const counter = new CommandCounter(servers);
  const results: CacheScenarioResult[] = [];
  try {
    log(`${connected.contenders.length} contenders pass their checks; ${cacheScenarios.length} scenarios`);
    for (const scenario of cacheScenarios)
      results.push(await measureCacheScenario(scenario, connected.contenders, settings, counter, log));
  } finally {
    counter.close();
    await connected.close();
  }
  const stampedes = await runStampede(connected.stampede, settings.stampedeRounds, log);
  const rows = summarizeCacheRuns(results);
  const goals = evaluateCacheGoals(rows, stampedes);
  const cpu = process.cpuUsage(cpuAtStart);
  const cpus = os.cpus();
  const redisServer =
    execFileSync('redis-server', ['--version'], { encoding: 'utf8' }).match(/v=(\S+)/)?.[1] ?? 'unknown';
  const section = renderCacheSection({
    command,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    machine: `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, ${os.type()} ${os.release()} ${os.arch()}, load average ${formatLoad(loadAtStart)} at the start and ${formatLoad(os.loadavg())} at the end (other processes share the machine)`,
    versions: `redis-server ${redisServer}, node ${process.version}; @org/redis-cache on ioredis ${installedVersion('ioredis')}; bentocache ${installedVersion('bentocache')} on ioredis ${installedVersion('ioredis5')}`,
    settings,
    rows,
    stampedes,
    goals,
    checks: connected.checks,
    wallSeconds: (performance.now() - startedAt) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  });
  await mkdir(dirname(outFile), { recursive: true });
  const existing = existsSync(outFile) ? await readFile(outFile, 'utf8') : '';
  await writeFile(outFile, replaceMarkedSection(existing, section, CACHE_MARKERS));
  const runsFile = join(packageDir, '.results', `cache-runs.${args.mode}.json`);
  await mkdir(dirname(runsFile), { recursive: true });
  await writeFile(runsFile, `${JSON.stringify({ results, stampedes }, null, 2)}\n`);
  process.stdout.write(`${section}\n`);
  for (const goal of goals.filter((each) => each.outcome !== 'met'))
    log(`goal ${goal.outcome}: ${goal.goal} (${goal.measured})`);
  log(`wrote ${relative(process.cwd(), outFile) || outFile} and ${relative(process.cwd(), runsFile)}`);
} finally {
  await servers.stop();
}
log('servers stopped');
