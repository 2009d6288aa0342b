import type { RedisMigrationEvent } from '@org/redis-interface';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRedisMetrics, type RedisMetrics } from '../src/index.js';
import { metricSeries } from './support/metricSeries.js';
import { publish } from './support/publish.js';

const client = 'orders';

function phaseSeries(phase: string, value: number): { labels: Record<string, string>; value: number } {
  return { labels: { client, phase }, value };
}

describe(`${createRedisMetrics.name} (migration events)`, () => {
  let metrics: RedisMetrics;
  beforeEach(() => {
    metrics = createRedisMetrics();
  });
  afterEach(() => metrics.stop());

  describe('having phase events', () => {
    it('should set 1 for the phase in force and 0 for every other phase', async () => {
      publish.migration({ client, event: 'phase', phase: 'dual-write', revision: 0 });
      publish.migration({ client, event: 'phase', phase: 'shadow', previous: 'dual-write', revision: 1 });
      expect(await metricSeries(metrics.registry, 'redis_client_migration_phase')).toStrictEqual([
        phaseSeries('cutover', 0),
        phaseSeries('done', 0),
        phaseSeries('dual-write', 0),
        phaseSeries('shadow', 1),
      ]);
    });

    it('should ignore a phase it does not know', async () => {
      publish.migration({ client, event: 'phase', phase: 'cutover', revision: 2 });
      const unknown = { client, event: 'phase', phase: 'paused', revision: 3 };
      publish.migration(unknown as unknown as RedisMigrationEvent);
      expect(await metricSeries(metrics.registry, 'redis_client_migration_phase')).toStrictEqual([
        phaseSeries('cutover', 1),
        phaseSeries('done', 0),
        phaseSeries('dual-write', 0),
        phaseSeries('shadow', 0),
      ]);
    });
  });

  describe('having secondary write failures', () => {
    it('should count them by side, command and code, never by key', async () => {
      const failure = { client, event: 'secondary-write-failed', keys: ['user:42'] } as const;
      publish.migration({ ...failure, side: 'target', command: 'set', errorCode: 'COMMAND_TIMEOUT' });
      publish.migration({ ...failure, side: 'target', command: 'set', errorCode: 'COMMAND_TIMEOUT' });
      publish.migration({ ...failure, side: 'source', command: 'pipeline', errorCode: 'READ_ONLY' });
      expect(
        await metricSeries(metrics.registry, 'redis_client_migration_secondary_write_failures_total'),
      ).toStrictEqual([
        { labels: { client, side: 'source', command: 'pipeline', code: 'READ_ONLY' }, value: 1 },
        { labels: { client, side: 'target', command: 'set', code: 'COMMAND_TIMEOUT' }, value: 2 },
      ]);
    });

    it('should bound a side, command and code it does not know', async () => {
      const odd = {
        client,
        event: 'secondary-write-failed',
        side: 'replica',
        command: 'user:42',
        errorCode: 'x',
      };
      publish.migration(odd as unknown as RedisMigrationEvent);
      expect(
        await metricSeries(metrics.registry, 'redis_client_migration_secondary_write_failures_total'),
      ).toStrictEqual([{ labels: { client, side: 'other', command: 'other', code: 'UNKNOWN' }, value: 1 }]);
    });
  });

  describe('having shadow reads', () => {
    it('should count them by command and outcome', async () => {
      publish.migration({ client, event: 'shadow-read', command: 'get', outcome: 'match' });
      publish.migration({ client, event: 'shadow-read', command: 'get', outcome: 'match' });
      publish.migration({ client, event: 'shadow-read', command: 'get', outcome: 'mismatch', keys: ['k'] });
      publish.migration({ client, event: 'shadow-read', command: 'hgetall', outcome: 'error' });
      expect(await metricSeries(metrics.registry, 'redis_client_migration_shadow_reads_total')).toStrictEqual(
        [
          { labels: { client, command: 'get', outcome: 'match' }, value: 2 },
          { labels: { client, command: 'get', outcome: 'mismatch' }, value: 1 },
          { labels: { client, command: 'hgetall', outcome: 'error' }, value: 1 },
        ],
      );
    });
  });

  describe('having events of every kind', () => {
    it('should never put a key name in the scrape', async () => {
      publish.migration({
        client,
        event: 'shadow-read',
        command: 'get',
        outcome: 'mismatch',
        keys: ['user:42'],
      });
      publish.migration({
        client,
        event: 'secondary-write-failed',
        side: 'target',
        command: 'set',
        errorCode: 'COMMAND_TIMEOUT',
        keys: ['user:42'],
      });
      expect(await metrics.registry.metrics()).not.toContain('user:42');
    });
  });
});
