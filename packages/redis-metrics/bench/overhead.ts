/**
 * Overhead of `createRedisMetrics()` on a sequential GET/SET loop against a real standalone server.
 *
 *   pnpm exec tsx --conditions=@org/source bench/overhead.ts
 *
 * Three sides: no subscriber (the drivers skip all instrumentation), a no-op subscriber on the
 * command channel (what the drivers' publishing costs by itself) and `createRedisMetrics()`.
 * Each round runs 20 000 SET+GET pairs per side in chunks of 5 000, the order of the sides
 * rotating from chunk to chunk so that load from other processes hits every side alike; each
 * side reports its median round. Then the metrics' own work per command event is timed on
 * synthetic events, which no network noise blurs. BENCH_PAIRS, BENCH_CHUNK and BENCH_ROUNDS
 * override the defaults. The script stops the server it starts, also on failure.
 */
import { channel } from 'node:diagnostics_channel';
import { performance } from 'node:perf_hooks';
import { redisDiagnosticsChannels, type IRedisService, type RedisCommandEvent } from '@org/redis-interface';
import { RedisFactoryService } from '@org/redis-factory';
import { startStandalone } from '@org/redis-testkit';
import { createRedisMetrics } from '../src/index.js';
import { sides } from './sides.js';

const pairs = Number(process.env['BENCH_PAIRS'] ?? 20_000);
const chunk = Number(process.env['BENCH_CHUNK'] ?? 5_000);
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 5);

/** Run `count` sequential SET+GET pairs; returns the elapsed milliseconds. */
async function loop(redis: IRedisService, count: number): Promise<number> {
  const started = performance.now();
  for (let index = 0; index < count; index += 1) {
    const key = `bench:${index % 1000}`;
    await redis.set(key, 'value');
    await redis.get(key);
  }
  return performance.now() - started;
}

/** What one round measured, per side (in the order of `sides`). */
interface RoundResult {
  /** Commands per second (wall clock). */
  readonly rates: number[];
  /** CPU time of this process per command, in µs (less sensitive to other processes than wall time). */
  readonly cpuPerCommand: number[];
  /** Commands counted by the metrics side. */
  readonly counted: number;
}

/** One round: `pairs` pairs per side in chunks, rotating the order of the sides. */
async function round(redis: IRedisService, offset: number): Promise<RoundResult> {
  const elapsed = sides.map(() => 0);
  const cpu = sides.map(() => 0);
  let counted = 0;
  for (let group = 0; group < pairs / chunk; group += 1) {
    const order = sides.map((_, step) => (group + offset + step) % sides.length);
    for (const index of order) {
      const detach = sides[index]?.[1]();
      if (detach === undefined) continue;
      const cpuBefore = process.cpuUsage();
      elapsed[index] = (elapsed[index] ?? 0) + (await loop(redis, chunk));
      const used = process.cpuUsage(cpuBefore);
      cpu[index] = (cpu[index] ?? 0) + used.user + used.system;
      counted += await detach();
    }
  }
  return {
    rates: elapsed.map((ms) => (pairs * 2) / (ms / 1000)),
    cpuPerCommand: cpu.map((micros) => micros / (pairs * 2)),
    counted,
  };
}

/** Microseconds the metrics spend per command event (synthetic events, no network). */
async function handlerCost(events: number): Promise<number> {
  const command = channel(redisDiagnosticsChannels.command);
  const metrics = createRedisMetrics();
  const event: RedisCommandEvent = {
    client: 'bench',
    mode: 'standalone',
    command: 'get',
    durationMs: 0.2,
    outcome: 'ok',
  };
  for (let index = 0; index < events / 10; index += 1) command.publish(event); // warm-up
  const started = performance.now();
  for (let index = 0; index < events; index += 1) command.publish(event);
  await metrics.registry.metrics(); // includes handing buffered durations to prom-client
  const cost = ((performance.now() - started) * 1000) / events;
  metrics.stop();
  return cost;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

const format = (rate: number): string => Math.round(rate).toLocaleString('en-US');
const percent = (rate: number, base: number): string => `${((1 - rate / base) * 100).toFixed(1)}%`;

const server = await startStandalone();
try {
  const factory = new RedisFactoryService();
  const redis = await factory.connect(
    factory.create({ mode: 'standalone', url: server.url, connectionName: 'bench' }),
    10_000,
  );
  await loop(redis, 2_000); // warm-up: JIT, connection, server
  const results: RoundResult[] = [];
  for (let index = 0; index < rounds; index += 1) results.push(await round(redis, index));
  await redis.quit();

  const medians = sides.map((_, index) => median(results.map((result) => result.rates[index] ?? Number.NaN)));
  const [base = Number.NaN, noop = Number.NaN, measured = Number.NaN] = medians;
  const cpuMedians = sides.map((_, index) =>
    median(results.map((result) => result.cpuPerCommand[index] ?? Number.NaN)),
  );
  const [baseCpu = Number.NaN, noopCpu = Number.NaN, measuredCpu = Number.NaN] = cpuMedians;
  const counted = results.reduce((sum, result) => sum + result.counted, 0);
  const perEvent = await handlerCost(500_000);
  console.log(
    `${rounds} rounds of ${pairs.toLocaleString('en-US')} sequential SET+GET pairs per side, chunks of ${chunk.toLocaleString('en-US')} (${server.url})`,
  );
  sides.forEach(([name], index) => {
    const rates = results.map((result) => format(result.rates[index] ?? Number.NaN)).join(', ');
    const cpu = (cpuMedians[index] ?? Number.NaN).toFixed(1);
    console.log(
      `${name}: ${format(medians[index] ?? Number.NaN)} commands/s, ${cpu} µs CPU/command (medians; rounds: ${rates})`,
    );
  });
  console.log(
    `overhead of createRedisMetrics():    ${percent(measured, base)} throughput, +${(measuredCpu - baseCpu).toFixed(1)} µs CPU/command`,
  );
  console.log(
    `  of which the drivers' publishing:  ${percent(noop, base)} throughput, +${(noopCpu - baseCpu).toFixed(1)} µs CPU/command (no-op subscriber)`,
  );
  console.log(
    `metrics work per command event:      ${perEvent.toFixed(2)} µs (synthetic events; ${((perEvent * base) / 1e4).toFixed(2)}% of a command at the base rate)`,
  );
  console.log(
    counted === 0
      ? 'command events counted: 0 (the drivers publish no command events: the "with" side measured nothing)'
      : `command events counted: ${counted.toLocaleString('en-US')} (expected ${(rounds * pairs * 2).toLocaleString('en-US')})`,
  );
} finally {
  await server.stop();
}
