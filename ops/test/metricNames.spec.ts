import { redisCacheMetricNames, redisClientMetricNames } from '@org/redis-metrics';
import { describe, expect, it } from 'vitest';
import { findUnknownMetrics } from './support/findUnknownMetrics.js';
import {
  type ExpressionEntry,
  listPanelExpressions,
  listRuleExpressions,
  listVariableSelectors,
} from './support/listExpressions.js';
import { listMetricNames, toMetricFamily } from './support/listMetricNames.js';
import { listAlertRules, readAlertRules } from './support/readAlertRules.js';
import { readDashboard } from './support/readDashboard.js';
import { substituteGrafanaVariables } from './support/substituteGrafanaVariables.js';

// The metrics of oliver006/redis_exporter the server rules read (names as it exports them).
const redisExporterMetricNames = [
  'redis_up',
  'redis_memory_used_bytes',
  'redis_memory_max_bytes',
  'redis_connected_clients',
  'redis_config_maxclients',
  'redis_cluster_state',
  'redis_cluster_slots_fail',
  'redis_cluster_slots_pfail',
];

const rulesDocument = readAlertRules();
const dashboardDocument = readDashboard();
const ruleExpressions = listRuleExpressions(rulesDocument);
const ruleExpressionsOf = (group: string): readonly ExpressionEntry[] =>
  ruleExpressions.filter(({ where }) =>
    listAlertRules(rulesDocument).some((entry) => entry.id === where && entry.group === group),
  );
const clientRuleExpressions = ruleExpressionsOf('redis-client');
const cacheRuleExpressions = ruleExpressionsOf('redis-cache');
const serverRuleExpressions = ruleExpressionsOf('redis-server');
const packageMetricNames = [...redisClientMetricNames, ...redisCacheMetricNames];
const dashboardExpressions = [
  ...listPanelExpressions(dashboardDocument),
  ...listVariableSelectors(dashboardDocument),
].map(({ where, expr }) => ({ where, expr: substituteGrafanaVariables(expr) }));

describe('metrics referenced by ops/', () => {
  describe('having the expressions of alerts.yml', () => {
    it('should reference only redis_client_* metrics of redisClientMetricNames', () => {
      expect(findUnknownMetrics(ruleExpressions, 'redis_client_', redisClientMetricNames)).toStrictEqual([]);
    });

    it('should reference only redis_cache_* metrics of redisCacheMetricNames', () => {
      expect(findUnknownMetrics(ruleExpressions, 'redis_cache_', redisCacheMetricNames)).toStrictEqual([]);
    });

    it('should reference only redis_client_* metrics in the redis-client group', () => {
      expect(findUnknownMetrics(clientRuleExpressions, '', redisClientMetricNames)).toStrictEqual([]);
    });

    it('should reference only redis_cache_* metrics in the redis-cache group', () => {
      expect(findUnknownMetrics(cacheRuleExpressions, '', redisCacheMetricNames)).toStrictEqual([]);
    });

    it('should reference only redis_exporter metrics in the redis-server group', () => {
      expect(findUnknownMetrics(serverRuleExpressions, '', redisExporterMetricNames)).toStrictEqual([]);
    });
  });

  describe('having the expressions of redis-layer.json', () => {
    it('should reference only metrics of redisClientMetricNames and redisCacheMetricNames', () => {
      expect(findUnknownMetrics(dashboardExpressions, '', packageMetricNames)).toStrictEqual([]);
    });

    it('should show every metric of redisClientMetricNames and redisCacheMetricNames', () => {
      const shown = new Set(
        dashboardExpressions.flatMap(({ expr }) => listMetricNames(expr).map(toMetricFamily)),
      );
      expect(packageMetricNames.filter((name) => !shown.has(name))).toStrictEqual([]);
    });
  });
});
