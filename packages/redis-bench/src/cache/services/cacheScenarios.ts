import { benchKey, benchValue } from '../../calculations/benchKeys.js';
import { concurrent } from '../../scenarios/loops.js';
import type { BenchCache } from '../models/BenchCache.js';
import { cacheWorkload } from '../models/CacheBenchSettings.js';
import type { CacheScenarioId, CacheScenarioInfo } from '../models/CacheResults.js';

/** The throughput scenarios; each goal is ours / bentocache at least that much. */
export const cacheScenarios: readonly CacheScenarioInfo[] = [
  {
    id: 'l1Hit',
    title: 'getOrSet, L1 hit',
    inFlight: cacheWorkload.inFlight,
    keysPerOp: 1,
    goalRatio: 1,
    maxOpsPerRun: cacheWorkload.maxL1HitOpsPerRun,
  },
  {
    id: 'l2Hit',
    title: 'getOrSet, L2 hit (cold L1)',
    inFlight: cacheWorkload.inFlight,
    keysPerOp: 1,
    goalRatio: 1.5,
    maxOpsPerRun: cacheWorkload.maxL2HitOpsPerRun,
  },
  {
    id: 'miss',
    title: `getOrSet, miss (${cacheWorkload.missFactoryMs} ms factory)`,
    inFlight: cacheWorkload.inFlight,
    keysPerOp: 1,
    goalRatio: 1,
    maxOpsPerRun: 100_000,
  },
  {
    id: 'many',
    title: `${cacheWorkload.manyKeys} keys at once (L2)`,
    inFlight: cacheWorkload.manyInFlight,
    keysPerOp: cacheWorkload.manyKeys,
    goalRatio: 1.5,
    maxOpsPerRun: 10_000,
  },
];

/** The instances of one cache in one mode that the scenarios use, each with connections of its own. */
export interface CacheInstances {
  /** L1 and bus on: the instance every getOrSet scenario times. */
  readonly main: BenchCache;
  /** L1 on, bus off: stores what `main` then reads from Redis (no bus message reaches `main`). */
  readonly writer: BenchCache;
  /** L1 and bus off: the multi-key reads, so every key comes from Redis. */
  readonly l2Only: BenchCache;
}

/** One scenario's loop on one cache in one mode, with what it counts. */
export interface CacheRunner {
  /** Untimed, before each timed run of `count` ops (and before the warm-up): writes what the run reads. */
  prepare(count: number): Promise<void>;
  /** Runs `count` ops with `inFlight` outstanding, timing each into `latencies` when given. */
  run(count: number, latencies?: Float64Array): Promise<void>;
  /** Factory runs so far. */
  readonly factoryRuns: () => number;
  /** Wrong answers so far. */
  readonly wrongAnswers: () => number;
  /** Zero both counters (after the warm-up). */
  resetCounts(): void;
}

/** A small object, as an application caches: 64 bytes of text and a number. */
export const cachedValue = (id: number): { id: number; text: string } => ({ id, text: benchValue });

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Stores `keys` through `cache`, `inFlight` at a time, key `i` holding `cachedValue(first + i)`. */
export async function storeAll(
  cache: BenchCache,
  keys: readonly string[],
  inFlight: number,
  first = 0,
): Promise<void> {
  await concurrent(
    (index) => cache.set(keys[index] ?? '', cachedValue(first + index)),
    inFlight,
  )(keys.length);
}

/**
 * The loop of one scenario on one cache's instances. Key kinds: `w` warm set, `r` L2 hits, `x` misses,
 * `g` multi-key windows; every L2-hit op and every miss takes a key never used before (a counter), so
 * an L2 hit is never an L1 hit and a miss is always a miss.
 */
export function cacheRunner(scenario: CacheScenarioId, instances: CacheInstances): CacheRunner {
  let factoryRuns = 0;
  let wrongAnswers = 0;
  const counting = (id: number) => (): Promise<{ id: number; text: string }> => {
    factoryRuns += 1;
    return Promise.resolve(cachedValue(id));
  };
  const counts = {
    factoryRuns: () => factoryRuns,
    wrongAnswers: () => wrongAnswers,
    resetCounts: () => {
      factoryRuns = 0;
      wrongAnswers = 0;
    },
  };
  const { main, writer, l2Only } = instances;
  switch (scenario) {
    case 'l1Hit': {
      const keys = Array.from({ length: cacheWorkload.warmKeys }, (_, index) => benchKey('w', index));
      let warmed = false;
      return {
        ...counts,
        prepare: async () => {
          if (warmed) return;
          await concurrent(
            (index) => main.getOrSet(keys[index] ?? '', counting(index)),
            cacheWorkload.inFlight,
          )(keys.length);
          warmed = true;
        },
        run: concurrent(async (index) => {
          const id = index % keys.length;
          const value = await main.getOrSet(keys[id] ?? '', counting(id));
          if (value.id !== id) wrongAnswers += 1;
        }, cacheWorkload.inFlight),
      };
    }
    case 'l2Hit': {
      let next = 0;
      let first = 0;
      return {
        ...counts,
        prepare: async (count) => {
          first = next;
          next += count;
          const keys = Array.from({ length: count }, (_, index) => benchKey('r', first + index));
          await storeAll(writer, keys, cacheWorkload.inFlight, first);
        },
        run: concurrent(async (index) => {
          const id = first + index;
          const value = await main.getOrSet(benchKey('r', id), counting(id));
          if (value.id !== id) wrongAnswers += 1;
        }, cacheWorkload.inFlight),
      };
    }
    case 'miss': {
      let next = 0;
      return {
        ...counts,
        prepare: () => Promise.resolve(),
        run: concurrent((): Promise<unknown> => {
          const id = next++;
          return main.getOrSet(benchKey('x', id), async () => {
            factoryRuns += 1;
            await sleep(cacheWorkload.missFactoryMs);
            return cachedValue(id);
          });
        }, cacheWorkload.inFlight),
      };
    }
    case 'many': {
      const keys = Array.from({ length: cacheWorkload.manyKeySpace }, (_, index) => benchKey('g', index));
      const windows = Array.from({ length: keys.length / cacheWorkload.manyKeys }, (_, window) =>
        keys.slice(window * cacheWorkload.manyKeys, (window + 1) * cacheWorkload.manyKeys),
      );
      let stored = false;
      return {
        ...counts,
        prepare: async () => {
          if (stored) return;
          await storeAll(writer, keys, cacheWorkload.inFlight);
          stored = true;
        },
        run: concurrent(async (index) => {
          const values = await l2Only.getMany(windows[index % windows.length] ?? []);
          if (values.length !== cacheWorkload.manyKeys || values.some((value) => value === undefined))
            wrongAnswers += 1;
        }, cacheWorkload.manyInFlight),
      };
    }
  }
}
