import type { RedisClusterEvent } from '@org/redis-interface';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisMetrics, type RedisMetrics } from '../src/index.js';
import { metricValue } from './support/metricValue.js';
import { publish } from './support/publish.js';

const source = { client: 'orders', mode: 'cluster' } as const;
const topology: RedisClusterEvent['event'][] = [
  'redirection',
  'redirection',
  'redirection',
  'slots-refresh',
  'slots-refresh',
  'node-added',
  'node-added',
  'node-removed',
  'failover',
];

describe(`${createRedisMetrics.name} (cluster and pub/sub events)`, () => {
  let metrics: RedisMetrics;

  beforeAll(() => {
    metrics = createRedisMetrics();
    for (const event of topology) publish.cluster({ ...source, event, node: '10.0.0.1:7000' });
    publish.pubsub({ ...source, direction: 'out', kind: 'shard-channel' });
    publish.pubsub({ ...source, direction: 'in', kind: 'pattern' });
    publish.pubsub({ ...source, direction: 'in', kind: 'pattern' });
  });
  afterAll(() => metrics.stop());

  describe('having cluster topology events', () => {
    it.each([
      ['redis_client_cluster_redirections_total', {}, 3],
      ['redis_client_cluster_slot_refreshes_total', {}, 2],
      ['redis_client_cluster_node_changes_total', { change: 'added' }, 2],
      ['redis_client_cluster_node_changes_total', { change: 'removed' }, 1],
      ['redis_client_cluster_failovers_total', {}, 1],
    ])('should count %s %o', async (name, labels, expected) => {
      expect(await metricValue(metrics.registry, name, { client: 'orders', ...labels })).toBe(expected);
    });

    it('should never put the node address in a label', async () => {
      expect(await metrics.registry.metrics()).not.toContain('10.0.0.1');
    });
  });

  describe('having pub/sub messages', () => {
    it('should count them by direction and kind', async () => {
      expect(
        await metricValue(metrics.registry, 'redis_client_pubsub_messages_total', {
          ...source,
          direction: 'in',
          kind: 'pattern',
        }),
      ).toBe(2);
    });
  });
});
