import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RedisMode } from '@org/redis-interface';
import { benchKey } from '../../calculations/benchKeys.js';
import { rotatedOrder } from '../../calculations/rotatedOrder.js';
import type { BenchCache, BenchCacheOpener, CacheContenderId } from '../models/BenchCache.js';
import { cacheWorkload } from '../models/CacheBenchSettings.js';
import type { StampedeResult } from '../models/CacheResults.js';
import { describeError } from './measureCacheScenario.js';

/** One cache in one mode, and how to open its instances. */
export interface StampedeContender {
  readonly contender: CacheContenderId;
  readonly mode: RedisMode;
  readonly open: BenchCacheOpener;
}

/** Most a round may take before it counts as failed (the factory takes 50 ms). */
const roundDeadlineMs = 15_000;

/**
 * The cold-key stampede: for every contender, `stampedeInstances` instances (L1, bus and, for ours, the
 * lock on; each with connections of its own, opened one after the other), then `rounds` rounds in which
 * every contender, in rotating order, has all its instances call `getOrSet` on the same never-used key at
 * once, with a 50 ms factory; each round counts the factory runs and checks every instance got the round's
 * value. A contender whose round fails (or takes over 15 s) keeps its error and sits out the later rounds.
 */
export async function runStampede(
  contenders: readonly StampedeContender[],
  rounds: number,
  log: (line: string) => void,
): Promise<StampedeResult[]> {
  const fleets: BenchCache[][] = contenders.map(() => []);
  const results = contenders.map(() => ({
    runsPerRound: [] as number[],
    roundMs: [] as number[],
    wrongRounds: 0,
    error: undefined as string | undefined,
  }));
  try {
    for (const [index, contender] of contenders.entries()) {
      try {
        for (let instance = 0; instance < cacheWorkload.stampedeInstances; instance += 1)
          fleets[index]?.push(await contender.open({ l1: true, bus: true }));
      } catch (error) {
        (results[index] ?? { error: '' }).error = describeError(error);
      }
    }
    log(
      `stampede: ${contenders.length} contenders × ${cacheWorkload.stampedeInstances} instances × ${rounds} rounds, ${cacheWorkload.stampedeFactoryMs} ms factory`,
    );
    for (let round = 0; round < rounds; round += 1) {
      for (const index of rotatedOrder(contenders.length, round, rounds)) {
        const fleet = fleets[index] ?? [];
        const result = results[index];
        if (result === undefined || result.error !== undefined) continue;
        let runs = 0;
        const factory = async (): Promise<{ round: number }> => {
          runs += 1;
          await sleep(cacheWorkload.stampedeFactoryMs);
          return { round };
        };
        const key = benchKey('s', round);
        const started = performance.now();
        let timer: NodeJS.Timeout | undefined;
        try {
          const answers = await Promise.race([
            Promise.all(fleet.map((cache) => cache.getOrSet(key, factory))),
            new Promise<never>((_, reject) => {
              timer = setTimeout(
                () => reject(new Error(`a round took over ${roundDeadlineMs} ms`)),
                roundDeadlineMs,
              );
            }),
          ]);
          result.roundMs.push(performance.now() - started);
          result.runsPerRound.push(runs);
          if (answers.some((answer) => answer.round !== round)) result.wrongRounds += 1;
        } catch (error) {
          result.error = describeError(error);
        } finally {
          clearTimeout(timer);
        }
      }
    }
  } finally {
    await Promise.all(fleets.flat().map((cache) => cache.close()));
  }
  return contenders.map((contender, index) => {
    const { error, ...result } = results[index] ?? { runsPerRound: [], roundMs: [], wrongRounds: 0 };
    return {
      contender: contender.contender,
      mode: contender.mode,
      ...result,
      ...(error === undefined ? {} : { error }),
    };
  });
}
