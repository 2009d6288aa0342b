import type { RedisConnectionEvent } from '@org/redis-interface';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRedisMetrics, type RedisMetrics } from '../src/index.js';
import { metricValue } from './support/metricValue.js';
import { publish } from './support/publish.js';

const source = { client: 'app', mode: 'standalone' } as const;

function states(...sequence: RedisConnectionEvent['state'][]): void {
  for (const state of sequence) publish.connection({ ...source, state });
}

describe(`${createRedisMetrics.name} (connection and pool events)`, () => {
  let metrics: RedisMetrics;
  beforeEach(() => {
    metrics = createRedisMetrics();
  });
  afterEach(() => metrics.stop());

  describe('having a ready connection', () => {
    it('should set connection_up to 1', async () => {
      states('ready');
      expect(await metricValue(metrics.registry, 'redis_client_connection_up', source)).toBe(1);
    });
  });

  describe.each(['closed', 'reconnecting', 'ended'] as const)(
    'having the connection %s after ready',
    (state) => {
      it('should set connection_up to 0', async () => {
        states('ready', state);
        expect(await metricValue(metrics.registry, 'redis_client_connection_up', source)).toBe(0);
      });
    },
  );

  describe('having reconnected twice', () => {
    it('should count two reconnects', async () => {
      states('ready', 'closed', 'reconnecting', 'ready', 'closed', 'reconnecting', 'ready');
      expect(await metricValue(metrics.registry, 'redis_client_reconnects_total', source)).toBe(2);
    });
  });

  describe('having dedicated connections opened and closed', () => {
    it('should report how many are open', async () => {
      for (const event of ['open', 'open', 'open', 'close'] as const) publish.pool({ ...source, event });
      expect(await metricValue(metrics.registry, 'redis_client_dedicated_connections', source)).toBe(2);
    });
  });

  describe('having a mode outside the known set', () => {
    it('should label it other', async () => {
      publish.connection({ ...source, mode: 'sentinel' as 'standalone', state: 'ready' });
      expect(await metricValue(metrics.registry, 'redis_client_connection_up', { mode: 'other' })).toBe(1);
    });
  });
});
