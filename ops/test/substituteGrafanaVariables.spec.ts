import { describe, expect, it } from 'vitest';
import { substituteGrafanaVariables } from './support/substituteGrafanaVariables.js';

describe(substituteGrafanaVariables, () => {
  describe.each([
    ['$__rate_interval in a range', 'rate(x[$__rate_interval])', 'rate(x[5m])'],
    ['$__interval in a range', 'rate(x[$__interval])', 'rate(x[5m])'],
    ['${__range} in a range', 'increase(x[${__range}])', 'increase(x[5m])'],
    ['$client in a label matcher', 'x{client=~"$client"}', 'x{client=~"placeholder"}'],
    ['${mode} in a label matcher', 'x{mode=~"${mode}"}', 'x{mode=~"placeholder"}'],
    ['${mode:regex} in a label matcher', 'x{mode=~"${mode:regex}"}', 'x{mode=~"placeholder"}'],
    ['[[client]] in a label matcher', 'x{client=~"[[client]]"}', 'x{client=~"placeholder"}'],
    ['$group as a grouping label', 'sum by ($group) (x)', 'sum by (placeholder) (x)'],
    ['no variable', 'sum(rate(x[5m]))', 'sum(rate(x[5m]))'],
  ])('having %s', (_, expr, expected) => {
    it('should return plain PromQL', () => {
      expect(substituteGrafanaVariables(expr)).toBe(expected);
    });
  });
});
