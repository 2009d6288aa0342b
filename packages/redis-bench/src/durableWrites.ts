/**
 * `writeDurably` throughput on a fresh local cluster (3 masters x 1 replica): `writers` concurrent
 * loops of `writeDurably(q => q.set(k, v), { replicas: 1, timeoutMs: 1000 })` for `seconds`, after
 * one second of warm-up. Prints writes/s, latency percentiles and how many dedicated connections
 * were opened once warm (0 means every call reused a pooled one).
 *
 * Usage: `pnpm --filter @org/redis-bench bench:durable [writers=8] [seconds=5]`
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { redisDiagnosticsChannels, validateRedisConfig, type RedisClusterConfig } from '@org/redis-interface';
import { RedisClusterService } from '@org/redis-cluster';
import { startCluster } from '@org/redis-testkit';

const writers = Number(process.argv[2] ?? 8);
const seconds = Number(process.argv[3] ?? 5);
/** Bounds every loop in count as well as in time. */
const maxWritesPerWriter = 1_000_000;
if (!Number.isInteger(writers) || writers < 1 || writers > 256 || !(seconds > 0 && seconds <= 60)) {
  console.error('usage: durableWrites.ts [writers: 1..256] [seconds: 0..60]');
  process.exit(2);
}

const topology = await startCluster();
const service = new RedisClusterService(
  validateRedisConfig({ mode: 'cluster', nodes: [...topology.startupNodes] }) as RedisClusterConfig,
);
await service.connect();
let opens = 0;
const onPool = (message: unknown): void => {
  if ((message as { event: string }).event === 'open') opens += 1;
};
subscribe(redisDiagnosticsChannels.pool, onPool);
const latencies: number[] = [];
let errors = 0;
const run = async (until: number, record: boolean): Promise<void> => {
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let index = 0; index < maxWritesPerWriter && Date.now() < until; index += 1) {
        const started = performance.now();
        try {
          await service.writeDurably((q) => q.set(`durable:${writer}:${index % 100}`, String(index)), {
            replicas: 1,
            timeoutMs: 1_000,
          });
          if (record) latencies.push(performance.now() - started);
        } catch {
          errors += 1;
        }
      }
    }),
  );
};
await run(Date.now() + 1_000, false);
const warmOpens = opens;
const started = Date.now();
await run(started + seconds * 1_000, true);
const elapsed = (Date.now() - started) / 1_000;
latencies.sort((a, b) => a - b);
const at = (q: number): string => (latencies[Math.floor(q * (latencies.length - 1))] ?? 0).toFixed(2);
console.log(
  JSON.stringify({
    writers,
    seconds: elapsed,
    writesPerSecond: Math.round(latencies.length / elapsed),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    errors,
    connectionsOpenedWarmingUp: warmOpens,
    connectionsOpenedOnceWarm: opens - warmOpens,
  }),
);
unsubscribe(redisDiagnosticsChannels.pool, onPool);
await service.quit();
await topology.stop();
