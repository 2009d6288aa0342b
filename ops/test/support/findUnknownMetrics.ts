import type { ExpressionEntry } from './listExpressions.js';
import { listMetricNames, toMetricFamily } from './listMetricNames.js';

/**
 * Every metric that `entries` select whose name starts with `prefix` and whose family (histogram
 * suffixes removed) is not in `known`, as `<where>: <name>`. Empty when all are known.
 */
export function findUnknownMetrics(
  entries: readonly ExpressionEntry[],
  prefix: string,
  known: readonly string[],
): readonly string[] {
  const knownNames = new Set(known);
  return entries.flatMap(({ where, expr }) =>
    listMetricNames(expr)
      .filter((name) => name.startsWith(prefix) && !knownNames.has(toMetricFamily(name)))
      .map((name) => `${where}: ${name}`),
  );
}
