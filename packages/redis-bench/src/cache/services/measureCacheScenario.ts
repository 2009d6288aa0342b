import { performance } from 'node:perf_hooks';
import { rotatedOrder } from '../../calculations/rotatedOrder.js';
import { sizeRun } from '../../calculations/sizeRun.js';
import { median } from '../../calculations/stats.js';
import { timedRun } from '../../measure/timedRun.js';
import type { RunSample } from '../../models/Results.js';
import type { RedisMode } from '@org/redis-interface';
import type { CacheContenderId } from '../models/BenchCache.js';
import type { CacheBenchSettings } from '../models/CacheBenchSettings.js';
import type { CacheScenarioInfo, CacheScenarioResult } from '../models/CacheResults.js';
import { addCalls } from '../calculations/commandCalls.js';
import { cacheRunner, type CacheInstances } from './cacheScenarios.js';
import type { CommandCounter } from './CommandCounter.js';

/** One cache in one mode, with its instances. */
export interface CacheContender {
  readonly contender: CacheContenderId;
  readonly mode: RedisMode;
  readonly instances: CacheInstances;
}

export const describeError = (error: unknown): string =>
  ((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '').slice(0, 160);

/**
 * Measure one scenario over every contender (both caches, both modes): a warm-up run each (after its
 * `prepare`) of `warmupOps` keys' worth of ops (at least 4 × in flight), whose median rate sizes the runs
 * (the same op count for all, so a run lasts about `runMs`, capped at the scenario's `maxOpsPerRun`);
 * then `rounds` rounds in which every contender prepares (untimed) and runs once, in an order that
 * rotates from round to round. A contender whose op fails keeps its error and sits out the later rounds.
 * The servers' command counts are read around every timed run.
 */
export async function measureCacheScenario(
  scenario: CacheScenarioInfo,
  contenders: readonly CacheContender[],
  settings: CacheBenchSettings,
  counter: CommandCounter,
  log: (line: string) => void,
): Promise<CacheScenarioResult> {
  const warmupOps = Math.max(4 * scenario.inFlight, Math.round(settings.warmupOps / scenario.keysPerOp));
  const runners = contenders.map((contender) => cacheRunner(scenario.id, contender.instances));
  const errors = new Map<number, string>();
  const rates: number[] = [];
  for (const [index, runner] of runners.entries()) {
    try {
      await runner.prepare(warmupOps);
      const started = performance.now();
      await runner.run(warmupOps);
      rates.push(warmupOps / Math.max(performance.now() - started, 0.001));
      runner.resetCounts();
    } catch (error) {
      errors.set(index, describeError(error));
    }
  }
  const opsPerRun = Math.min(
    sizeRun(median(rates), settings.runMs, scenario.inFlight),
    scenario.maxOpsPerRun,
  );
  log(
    `${scenario.title}: ${opsPerRun.toLocaleString('en-US')} ops per run, ${contenders.length} contenders × ${settings.rounds} rounds`,
  );
  const latencies = new Float64Array(opsPerRun);
  const runs = contenders.map((): RunSample[] => []);
  const commands = contenders.map(() => new Map<string, number>());
  for (let round = 0; round < settings.rounds; round += 1) {
    for (const index of rotatedOrder(contenders.length, round, settings.rounds)) {
      const runner = runners[index];
      if (runner === undefined || errors.has(index)) continue;
      try {
        await runner.prepare(opsPerRun);
        const mode = contenders[index]?.mode ?? 'standalone';
        const before = await counter.read(mode);
        runs[index]?.push(await timedRun(runner, opsPerRun, latencies));
        const calls = commands[index] ?? new Map<string, number>();
        addCalls(calls, await counter.read(mode));
        addCalls(calls, before, -1);
      } catch (error) {
        errors.set(index, describeError(error));
      }
    }
  }
  return {
    scenario,
    opsPerRun,
    contenders: contenders.map((contender, index) => {
      const error = errors.get(index);
      return {
        contender: contender.contender,
        mode: contender.mode,
        runs: runs[index] ?? [],
        factoryRuns: runners[index]?.factoryRuns() ?? 0,
        wrongAnswers: runners[index]?.wrongAnswers() ?? 0,
        commands: Object.fromEntries(commands[index] ?? []),
        ...(error === undefined ? {} : { error }),
      };
    }),
  };
}
