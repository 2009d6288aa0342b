import { performance } from 'node:perf_hooks';
import type { Contender } from '../models/Scenario.js';

/** One operation: the `index`-th of `count` in this run. */
export type Operation = (index: number, count: number) => Promise<unknown>;

/**
 * Run the ops one after another, each awaited before the next starts; when `latencies` is given,
 * time each op into it (a preallocated buffer: no allocation in the loop).
 */
export function sequential(op: Operation): Contender['run'] {
  return async (count, latencies) => {
    if (latencies === undefined) {
      for (let index = 0; index < count; index += 1) await op(index, count);
      return;
    }
    for (let index = 0; index < count; index += 1) {
      const started = performance.now();
      await op(index, count);
      latencies[index] = performance.now() - started;
    }
  };
}

/**
 * Keep `concurrency` ops outstanding (that many workers, each awaiting its op) until `count` ran;
 * when `latencies` is given, time each op into it (its latency under that load).
 */
export function concurrent(op: Operation, concurrency: number): Contender['run'] {
  return async (count, latencies) => {
    let next = 0;
    const worker =
      latencies === undefined
        ? async (): Promise<void> => {
            for (let index = next++; index < count; index = next++) await op(index, count);
          }
        : async (): Promise<void> => {
            for (let index = next++; index < count; index = next++) {
              const started = performance.now();
              await op(index, count);
              latencies[index] = performance.now() - started;
            }
          };
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  };
}

/**
 * Run `count / size` batch operations one after another, each standing for `size` ops (a pipeline
 * of `size` commands counts as `size` ops, so its rate compares with single commands).
 */
export function batched(op: Operation, size: number): Contender['run'] {
  const inner = sequential(op);
  return (count) => inner(Math.floor(count / size));
}
