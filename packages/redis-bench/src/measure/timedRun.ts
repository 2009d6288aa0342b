import { performance } from 'node:perf_hooks';
import { percentile } from '../calculations/stats.js';
import type { RunSample } from '../models/Results.js';
import type { Contender } from '../models/Scenario.js';

/**
 * Run `count` ops of `contender` once, timed: wall clock, this process's CPU, and (with
 * `latencies`) the p50/p99 of the ops. Its `attach` (the metrics listener) is attached only for
 * this run; attaching and detaching are outside the timed part.
 */
export async function timedRun(
  contender: Pick<Contender, 'run' | 'attach'>,
  count: number,
  latencies?: Float64Array,
): Promise<RunSample> {
  const detach = contender.attach?.();
  try {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    await contender.run(count, latencies);
    const elapsedMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const sample = { ops: count, elapsedMs, cpuMicros: cpu.user + cpu.system };
    if (latencies === undefined) return sample;
    return {
      ...sample,
      p50Us: percentile(latencies, count, 50) * 1000,
      p99Us: percentile(latencies, count, 99) * 1000,
    };
  } finally {
    detach?.();
  }
}

/**
 * Warm a contender up for about `warmupMs` (JIT, connections, server caches) with batches that
 * double until one takes an eighth of that time, and return the last batch's rate in ops/ms: what
 * sizes the measured runs.
 */
export async function warmUp(
  contender: Pick<Contender, 'run' | 'attach'>,
  granularity: number,
  warmupMs: number,
): Promise<number> {
  const detach = contender.attach?.();
  try {
    const started = performance.now();
    let batch = granularity;
    let rate = Number.NaN;
    do {
      const batchStarted = performance.now();
      await contender.run(batch);
      const elapsed = Math.max(performance.now() - batchStarted, 0.001);
      rate = batch / elapsed;
      if (elapsed < warmupMs / 8) batch *= 2;
    } while (performance.now() - started < warmupMs);
    return rate;
  } finally {
    detach?.();
  }
}
