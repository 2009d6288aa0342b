import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRecord } from './isRecord.js';

/** Path of the dashboard under test. */
export const dashboardPath = join(import.meta.dirname, '..', '..', 'grafana', 'redis-layer.json');

/** The dashboard parsed as JSON (throws on a JSON syntax error). */
export function readDashboard(path: string = dashboardPath): unknown {
  const document: unknown = JSON.parse(readFileSync(path, 'utf8'));
  return document;
}

/** Every panel of a dashboard, including those nested in collapsed rows, as parsed. */
export function listPanels(document: unknown): readonly Readonly<Record<string, unknown>>[] {
  const walk = (value: unknown): Readonly<Record<string, unknown>>[] =>
    Array.isArray(value) ? value.filter(isRecord).flatMap((panel) => [panel, ...walk(panel['panels'])]) : [];
  return isRecord(document) ? walk(document['panels']) : [];
}

/** The `targets` of a panel that are mappings (empty when it has none). */
export function listTargets(
  panel: Readonly<Record<string, unknown>>,
): readonly Readonly<Record<string, unknown>>[] {
  const targets = panel['targets'];
  return Array.isArray(targets) ? targets.filter(isRecord) : [];
}

/** The template variables (`templating.list`) of a dashboard, as parsed. */
export function listTemplateVariables(document: unknown): readonly Readonly<Record<string, unknown>>[] {
  if (!isRecord(document) || !isRecord(document['templating'])) return [];
  const list = document['templating']['list'];
  return Array.isArray(list) ? list.filter(isRecord) : [];
}

/** The PromQL text of a template variable's query (`query` as a string or `query.query`). */
export function variableQuery(variable: Readonly<Record<string, unknown>>): string | undefined {
  const query = variable['query'];
  if (typeof query === 'string') return query;
  return isRecord(query) && typeof query['query'] === 'string' ? query['query'] : undefined;
}
