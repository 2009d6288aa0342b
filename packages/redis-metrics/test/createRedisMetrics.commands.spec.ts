import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisMetrics, type RedisMetrics } from '../src/index.js';
import { metricValue } from './support/metricValue.js';
import { publish } from './support/publish.js';

const source = { client: 'app', mode: 'cluster' } as const;

describe(`${createRedisMetrics.name} (command events)`, () => {
  let metrics: RedisMetrics;

  beforeAll(() => {
    metrics = createRedisMetrics();
    publish.command({ ...source, command: 'get', durationMs: 0.3, outcome: 'ok' });
    publish.command({ ...source, command: 'get', durationMs: 2, outcome: 'ok' });
    publish.command({
      ...source,
      command: 'lpush',
      durationMs: 1,
      outcome: 'error',
      errorCode: 'WRONG_TYPE',
    });
    publish.command({ ...source, command: 'transaction', durationMs: 1, outcome: 'error' });
    publish.command({ ...source, command: 'mget', durationMs: 4, outcome: 'ok', splitInto: 3 });
    publish.command({ ...source, command: 'mget', durationMs: 4, outcome: 'ok', splitInto: 2 });
    publish.command({ ...source, command: 'user:42:profile', durationMs: 1, outcome: 'ok' });
  });
  afterAll(() => metrics.stop());

  describe('having successful commands', () => {
    it('should count them by command and outcome', async () => {
      expect(
        await metricValue(metrics.registry, 'redis_client_commands_total', {
          ...source,
          command: 'get',
          outcome: 'ok',
        }),
      ).toBe(2);
    });

    it('should observe their duration in seconds', async () => {
      const labels = { command: 'get', outcome: 'ok' };
      const observed = await Promise.all([
        metricValue(metrics.registry, 'redis_client_command_duration_seconds', labels, 'count'),
        metricValue(
          metrics.registry,
          'redis_client_command_duration_seconds',
          { ...labels, le: '0.0005' },
          'bucket',
        ),
      ]);
      expect(observed).toStrictEqual([2, 1]);
    });
  });

  describe('having a failed command with an error code', () => {
    it('should count the error under its code', async () => {
      expect(
        await metricValue(metrics.registry, 'redis_client_errors_total', { ...source, code: 'WRONG_TYPE' }),
      ).toBe(1);
    });

    it('should count the command with outcome error', async () => {
      expect(
        await metricValue(metrics.registry, 'redis_client_commands_total', {
          command: 'lpush',
          outcome: 'error',
        }),
      ).toBe(1);
    });
  });

  describe('having a failed command without an error code', () => {
    it('should count the error under UNKNOWN', async () => {
      expect(await metricValue(metrics.registry, 'redis_client_errors_total', { code: 'UNKNOWN' })).toBe(1);
    });
  });

  describe('having commands split by slot', () => {
    it('should count the split commands', async () => {
      expect(
        await metricValue(metrics.registry, 'redis_client_split_commands_total', { command: 'mget' }),
      ).toBe(2);
    });

    it('should sum the groups they were split into', async () => {
      expect(
        await metricValue(metrics.registry, 'redis_client_split_groups_total', { command: 'mget' }),
      ).toBe(5);
    });
  });

  describe('having a command name that is not a Redis command name', () => {
    it('should count it as other', async () => {
      expect(await metricValue(metrics.registry, 'redis_client_commands_total', { command: 'other' })).toBe(
        1,
      );
    });
  });
});
