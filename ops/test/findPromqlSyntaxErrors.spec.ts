import { describe, expect, it } from 'vitest';
import { findPromqlSyntaxErrors } from './support/findPromqlSyntaxErrors.js';

// The check every rule and panel expression goes through must itself reject broken PromQL,
// or the expression tests would pass on anything.
describe(findPromqlSyntaxErrors, () => {
  describe.each([
    'rate(redis_client_commands_total[5m])',
    'histogram_quantile(0.99, sum by (le) (rate(redis_client_command_duration_seconds_bucket{command!~"blpop|brpop"}[5m]))) > 0.1',
    'redis_memory_used_bytes / (redis_memory_max_bytes > 0) > 0.9',
    'sum by (client) (rate(a[5m])) and on (client) group by (client) (b{mode=~"x"})',
  ])('having the valid expression %j', (expr) => {
    it('should find no error', () => {
      expect(findPromqlSyntaxErrors(expr)).toStrictEqual([]);
    });
  });

  describe.each([
    ['an unclosed call', 'rate(foo[5m]'],
    ['an unclosed range', 'rate(foo[5m)'],
    ['an unclosed label matcher list', 'foo{client="a"'],
    ['a missing right operand', 'sum(rate(foo[5m])) >'],
    ['an unknown function', 'rates(foo[5m])'],
    ['an unquoted label value', 'foo{client=a}'],
    ['a Grafana variable left in a range', 'rate(foo[$__rate_interval])'],
    ['an empty expression', ''],
  ])('having %s', (_, expr) => {
    it('should report an error', () => {
      expect(findPromqlSyntaxErrors(expr)).not.toStrictEqual([]);
    });
  });
});
