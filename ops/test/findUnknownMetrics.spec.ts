import { describe, expect, it } from 'vitest';
import { findUnknownMetrics } from './support/findUnknownMetrics.js';

const known = ['redis_client_commands_total', 'redis_client_command_duration_seconds'];

describe(findUnknownMetrics, () => {
  describe('having only known metrics and histogram series of a known histogram', () => {
    it('should return an empty list', () => {
      expect(
        findUnknownMetrics(
          [
            { where: 'A', expr: 'rate(redis_client_commands_total[5m])' },
            {
              where: 'B',
              expr: 'rate(redis_client_command_duration_seconds_sum[5m]) / rate(redis_client_command_duration_seconds_count[5m])',
            },
          ],
          'redis_client_',
          known,
        ),
      ).toStrictEqual([]);
    });
  });

  describe('having a metric name that is not published', () => {
    it('should name it with where it is', () => {
      expect(
        findUnknownMetrics(
          [{ where: 'A', expr: 'rate(redis_client_command_total[5m])' }],
          'redis_client_',
          known,
        ),
      ).toStrictEqual(['A: redis_client_command_total']);
    });
  });

  describe('having a metric outside the prefix', () => {
    it('should ignore it', () => {
      expect(findUnknownMetrics([{ where: 'A', expr: 'up == 0' }], 'redis_client_', known)).toStrictEqual([]);
    });
  });
});
