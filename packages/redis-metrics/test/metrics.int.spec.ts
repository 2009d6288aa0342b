import { setTimeout as sleep } from 'node:timers/promises';
import type { IRedisService } from '@org/redis-interface';
import { redisTestServers } from '@org/redis-testkit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRedisMetrics, type RedisMetrics } from '../src/index.js';
import { metricValue } from './support/metricValue.js';
import { envFor, resolveRedis, type ResolvedRedis } from './support/resolveRedis.js';

const N = 100;
const keys = Array.from({ length: N }, (_, index) => `k:${index}`);

/**
 * Real traffic: N SET, N GET, an MSET and an MGET of N keys, one WRONGTYPE error, one GET refused
 * for its key, one MSETNX over two slots (refused in a cluster), one pub/sub message.
 */
async function drive(redis: IRedisService): Promise<void> {
  await Promise.all(keys.map((key, index) => redis.set(key, String(index))));
  await Promise.all(keys.map((key) => redis.get(key)));
  await redis.mset(Object.fromEntries(keys.map((key) => [`m:${key}`, key])));
  await redis.mget(keys.map((key) => `m:${key}`));
  await redis.lpush('k:0', 'x').catch(() => undefined);
  // Refused on the client, before sending: counted like any failed command (issue 13).
  await redis.get({} as unknown as string).catch(() => undefined);
  await redis.msetnx({ '{a}x': '1', '{b}x': '2' }).catch(() => undefined);
  const received: string[] = [];
  const subscription = await redis.subscribe(`metrics-int:${Date.now()}`, (message) => {
    received.push(message);
  });
  await redis.publish(subscription.channel, 'hello');
  await vi.waitFor(() => expect(received).toHaveLength(1));
  await subscription.unsubscribe();
}

describe.each(['standalone', 'cluster'] as const)('%s: createRedisMetrics against real Redis', (mode) => {
  let metrics: RedisMetrics;
  let resolved: ResolvedRedis;
  let labels: { client: string; mode: string };

  beforeAll(async () => {
    metrics = createRedisMetrics();
    const servers = redisTestServers();
    resolved = await resolveRedis(envFor(mode === 'cluster' ? servers.cluster : servers.standalone));
    labels = { client: resolved.client, mode };
    await drive(resolved.redis);
    await sleep(50);
  });
  afterAll(async () => {
    await resolved.module.shutdown();
    metrics.stop();
  });

  describe('having run N GETs', () => {
    it('should count at least N successful get commands', async () => {
      const value = await metricValue(metrics.registry, 'redis_client_commands_total', {
        ...labels,
        command: 'get',
        outcome: 'ok',
      });
      expect(value).toBeGreaterThanOrEqual(N);
    });

    it('should observe at least N get durations', async () => {
      const count = await metricValue(
        metrics.registry,
        'redis_client_command_duration_seconds',
        { ...labels, command: 'get' },
        'count',
      );
      expect(count).toBeGreaterThanOrEqual(N);
    });
  });

  describe('having run LPUSH on a string', () => {
    it('should count exactly one WRONG_TYPE error', async () => {
      expect(
        await metricValue(metrics.registry, 'redis_client_errors_total', { ...labels, code: 'WRONG_TYPE' }),
      ).toBe(1);
    });
  });

  describe('having refused commands on the client', () => {
    it('should count exactly one INVALID_ARGUMENT error', async () => {
      expect(
        await metricValue(metrics.registry, 'redis_client_errors_total', {
          ...labels,
          code: 'INVALID_ARGUMENT',
        }),
      ).toBe(1);
    });

    it('should count one CROSS_SLOT error in a cluster and none on a standalone server', async () => {
      const value = await metricValue(metrics.registry, 'redis_client_errors_total', {
        ...labels,
        code: 'CROSS_SLOT',
      });
      expect(value).toBe(mode === 'cluster' ? 1 : 0);
    });
  });

  describe('having connected', () => {
    it('should report the connection up', async () => {
      expect(await metricValue(metrics.registry, 'redis_client_connection_up', labels)).toBe(1);
    });
  });

  describe('having published and received a message', () => {
    it('should count it in both directions', async () => {
      const counts = await Promise.all(
        (['out', 'in'] as const).map((direction) =>
          metricValue(metrics.registry, 'redis_client_pubsub_messages_total', { ...labels, direction }),
        ),
      );
      expect(counts).toStrictEqual([1, 1]);
    });
  });

  describe(`having run MGET over ${N} keys`, () => {
    it(
      mode === 'cluster' ? 'should count it as split into several groups' : 'should not count a split',
      async () => {
        const groups = await metricValue(metrics.registry, 'redis_client_split_groups_total', {
          client: labels.client,
          command: 'mget',
        });
        if (mode === 'cluster') expect(groups).toBeGreaterThan(1);
        else expect(groups).toBe(0);
      },
    );
  });
});
