import { setTimeout as sleep } from 'node:timers/promises';
import type { IRedisService } from '@org/redis-interface';
import { startCluster, type RedisClusterTopology } from '@org/redis-testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisMetrics, redisClientMetricNames, type RedisMetrics } from '../src/index.js';
import { metricValue } from './support/metricValue.js';
import { envFor, resolveRedis, type ResolvedRedis } from './support/resolveRedis.js';

const keys = Array.from({ length: 200 }, (_, index) => `f:${index}`);

/** Write every key (spread over all masters) until one whole round succeeds. */
async function writeUntilHealthy(redis: IRedisService, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const outcomes = await Promise.allSettled(keys.map((key) => redis.set(key, 'v')));
    if (outcomes.every((outcome) => outcome.status === 'fulfilled')) return;
    if (Date.now() > deadline) throw new Error(`writes still failing after ${timeoutMs} ms`);
    await sleep(100);
  }
}

describe('cluster failover: createRedisMetrics against real Redis', () => {
  let cluster: RedisClusterTopology;
  let metrics: RedisMetrics;
  let resolved: ResolvedRedis;
  const value = (name: string, labels: Record<string, string> = {}): Promise<number> =>
    metricValue(metrics.registry, name, { client: resolved.client, ...labels });
  const before: Record<string, number> = {};

  beforeAll(async () => {
    cluster = await startCluster();
    metrics = createRedisMetrics();
    resolved = await resolveRedis({ ...envFor(cluster), REDIS_COMMAND_TIMEOUT_MS: '1000' });
    await writeUntilHealthy(resolved.redis, 5_000);
    for (const name of [
      'redis_client_cluster_slot_refreshes_total',
      'redis_client_cluster_redirections_total',
    ]) {
      before[name] = await value(name);
    }
    const [master] = await cluster.masters();
    await cluster.killNode(master!.id);
    await cluster.waitForFailover();
    await writeUntilHealthy(resolved.redis, 30_000);
  }, 90_000);
  afterAll(async () => {
    await resolved.module.shutdown();
    metrics.stop();
    await cluster.stop();
  });

  describe('having a master killed and replaced by its replica', () => {
    it('should count a failover', async () => {
      expect(await value('redis_client_cluster_failovers_total')).toBeGreaterThanOrEqual(1);
    });

    it('should count slot refreshes after the kill', async () => {
      const name = 'redis_client_cluster_slot_refreshes_total';
      expect(await value(name)).toBeGreaterThan(before[name]!);
    });

    it('should count the MOVED redirections that followed the new slot owner', async () => {
      const name = 'redis_client_cluster_redirections_total';
      expect(await value(name)).toBeGreaterThan(before[name]!);
    });

    it('should count the dead node as removed', async () => {
      expect(
        await value('redis_client_cluster_node_changes_total', { change: 'removed' }),
      ).toBeGreaterThanOrEqual(1);
    });
  });

  describe('having real traffic and a failover behind it', () => {
    it('should expose every name of redisClientMetricNames in the scrape', async () => {
      const scrape = await metrics.registry.metrics();
      const missing = redisClientMetricNames.filter((name) => !scrape.includes(`# TYPE ${name} `));
      expect(missing).toStrictEqual([]);
    });
  });
});
