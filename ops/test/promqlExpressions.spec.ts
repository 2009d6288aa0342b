import { describe, expect, it } from 'vitest';
import { findPromqlSyntaxErrors } from './support/findPromqlSyntaxErrors.js';
import {
  listPanelExpressions,
  listRuleExpressions,
  listVariableSelectors,
} from './support/listExpressions.js';
import { readAlertRules } from './support/readAlertRules.js';
import { readDashboard } from './support/readDashboard.js';
import { substituteGrafanaVariables } from './support/substituteGrafanaVariables.js';

const dashboard = readDashboard();

// Rules go to Prometheus as written: no Grafana variable may appear in them.
describe.each(listRuleExpressions(readAlertRules()))('the expr of rule $where', ({ expr }) => {
  describe('having been parsed as PromQL', () => {
    it('should have no syntax error', () => {
      expect(findPromqlSyntaxErrors(expr)).toStrictEqual([]);
    });
  });
});

describe.each([...listPanelExpressions(dashboard), ...listVariableSelectors(dashboard)])(
  'the PromQL of $where',
  ({ expr }) => {
    describe('having its Grafana variables replaced and been parsed as PromQL', () => {
      it('should have no syntax error', () => {
        expect(findPromqlSyntaxErrors(substituteGrafanaVariables(expr))).toStrictEqual([]);
      });
    });
  },
);

describe('a panel expression missing its closing parenthesis', () => {
  describe('having its Grafana variables replaced and been parsed as PromQL', () => {
    it('should have a syntax error', () => {
      expect(
        findPromqlSyntaxErrors(
          substituteGrafanaVariables(
            'sum by (command) (rate(redis_client_commands_total{client=~"$client"}[$__rate_interval])',
          ),
        ),
      ).not.toStrictEqual([]);
    });
  });
});
