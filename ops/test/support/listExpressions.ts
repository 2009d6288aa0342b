import { listAlertRules } from './readAlertRules.js';
import { listPanels, listTargets, listTemplateVariables, variableQuery } from './readDashboard.js';

/** One PromQL expression of a rule file or dashboard, and where it is. */
export interface ExpressionEntry {
  /** Where it is, for test titles: `RedisDown`, `panel 4 "Command rate by command" target A`. */
  readonly where: string;
  /** The expression as written (Grafana variables not replaced). */
  readonly expr: string;
}

/** The `expr` of every rule of a parsed rule file (non-strings skipped; the shape tests catch them). */
export function listRuleExpressions(document: unknown): readonly ExpressionEntry[] {
  return listAlertRules(document).flatMap(({ id, rule }) => {
    const expr = rule['expr'];
    return typeof expr === 'string' ? [{ where: id, expr }] : [];
  });
}

/** The `expr` of every panel target of a parsed dashboard. */
export function listPanelExpressions(document: unknown): readonly ExpressionEntry[] {
  return listPanels(document).flatMap((panel) => {
    const title = typeof panel['title'] === 'string' ? panel['title'] : '';
    return listTargets(panel).flatMap((target) => {
      const expr = target['expr'];
      const refId = typeof target['refId'] === 'string' ? target['refId'] : '?';
      return typeof expr === 'string'
        ? [{ where: `panel ${String(panel['id'])} "${title}" target ${refId}`, expr }]
        : [];
    });
  });
}

// Grafana's `label_values(<series selector>, <label>)` is not PromQL; its selector is.
const labelValuesCall = /^\s*label_values\(\s*(.+?)\s*,\s*[A-Za-z_]\w*\s*\)\s*$/s;

/**
 * The series selector of every `label_values(…)` template variable of a parsed dashboard. A query
 * that is not a `label_values(selector, label)` call is returned whole, so that it fails to parse.
 */
export function listVariableSelectors(document: unknown): readonly ExpressionEntry[] {
  return listTemplateVariables(document).flatMap((variable) => {
    const query = variableQuery(variable);
    if (variable['type'] !== 'query' || query === undefined) return [];
    const selector = labelValuesCall.exec(query)?.[1] ?? query;
    return [{ where: `variable $${String(variable['name'])}`, expr: selector }];
  });
}
