import { parser } from '@prometheus-io/lezer-promql';

/**
 * The metric names `expr` selects (`VectorSelector` identifiers of the parse tree, so label names,
 * label values and function names are never mistaken for metrics), sorted and without duplicates.
 */
export function listMetricNames(expr: string): readonly string[] {
  const names = new Set<string>();
  parser.parse(expr).iterate({
    enter: (node) => {
      if (node.name !== 'VectorSelector') return;
      const identifier = node.node.getChild('Identifier');
      if (identifier !== null) names.add(expr.slice(identifier.from, identifier.to));
    },
  });
  return [...names].sort();
}

const histogramSeriesSuffix = /_(?:bucket|sum|count)$/;

/**
 * The metric family a series name belongs to: histogram series (`_bucket`, `_sum`, `_count`) map
 * to their histogram's name, every other name to itself.
 */
export function toMetricFamily(name: string): string {
  return name.replace(histogramSeriesSuffix, '');
}
