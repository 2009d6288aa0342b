/**
 * `pnpm bench:cache`: `@org/redis-cache` against bentocache 1.6.1 (memory L1, redis driver and bus, on
 * ioredis 5), in ONE interleaved run on servers the testkit starts, standalone and 3-master cluster: L1
 * hits, L2 hits with a cold L1, misses with a 1 ms factory, 100 keys at once, and a cold-key stampede over
 * 8 instances. Prints the section and writes it between the bench:cache markers of docs/benchmarks.md
 * (`--quick`: fewer, shorter rounds, written to .results/ instead).
 *
 *   pnpm bench:cache [--quick] [--out <file>]
 */
import { evaluateCacheGoals } from './cache/calculations/evaluateCacheGoals.js';
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
import { CACHE_MARKERS } from './migrate/calculations/replaceMarkedSection.js';
import { SectionBench } from './services/SectionBench.js';
import { startBenchServers } from './services/servers.js';

const bench = new SectionBench('cache', process.argv.slice(2));
const { args } = bench;
const log = (line: string): void => bench.log(line);
const settings = cacheBenchSettings[args.mode];

log(
  `${settings.mode} mode: ${settings.rounds} rounds of ~${settings.runMs} ms runs, ${settings.stampedeRounds} stampede rounds; starting a standalone server and a 3-master cluster`,
);
const servers = await startBenchServers();
try {
  bench.refuseSharedServers(servers);
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
  const section = renderCacheSection({
    command: bench.command,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    machine: bench.machine(),
    versions: `redis-server ${bench.redisServerVersion()}, node ${process.version}; @org/redis-cache on ioredis ${installedVersion('ioredis')}; bentocache ${installedVersion('bentocache')} on ioredis ${installedVersion('ioredis5')}`,
    settings,
    rows,
    stampedes,
    goals,
    checks: connected.checks,
    ...bench.usage(),
  });
  await bench.write(section, CACHE_MARKERS, { results, stampedes });
  for (const goal of goals.filter((each) => each.outcome !== 'met'))
    log(`goal ${goal.outcome}: ${goal.goal} (${goal.measured})`);
} finally {
  await servers.stop();
}
log('servers stopped');
