import { describe, expect, it } from 'vitest';
import { listMetricNames, toMetricFamily } from './support/listMetricNames.js';

describe(listMetricNames, () => {
  describe('having selectors in functions, aggregations and binary operations', () => {
    it('should list each metric name once, sorted', () => {
      expect(
        listMetricNames(
          'sum by (client) (rate(b_total{client="a_total"}[5m])) / sum(rate(a_total[5m])) and b_total',
        ),
      ).toStrictEqual(['a_total', 'b_total']);
    });
  });

  describe('having label names, label values and function names that look like metrics', () => {
    it('should list only the selected metric', () => {
      expect(
        listMetricNames(
          'histogram_quantile(0.99, sum by (le, command) (rate(x_bucket{command="redis_client_fake_total"}[5m])))',
        ),
      ).toStrictEqual(['x_bucket']);
    });
  });

  describe('having no metric', () => {
    it('should return an empty list', () => {
      expect(listMetricNames('vector(1) > 0')).toStrictEqual([]);
    });
  });
});

describe(toMetricFamily, () => {
  describe.each([
    ['redis_client_command_duration_seconds_bucket', 'redis_client_command_duration_seconds'],
    ['redis_client_command_duration_seconds_sum', 'redis_client_command_duration_seconds'],
    ['redis_client_command_duration_seconds_count', 'redis_client_command_duration_seconds'],
    ['redis_client_commands_total', 'redis_client_commands_total'],
    ['redis_client_connection_up', 'redis_client_connection_up'],
  ])('having %s', (name, family) => {
    it(`should return ${family}`, () => {
      expect(toMetricFamily(name)).toBe(family);
    });
  });
});
