import { parser } from '@prometheus-io/lezer-promql';

/**
 * Where the Prometheus project's Lezer grammar finds a syntax error in `expr`: one line per error
 * node of the parse tree (`at 12: "(["`), empty when the expression is valid PromQL. The grammar
 * checks syntax only (not types such as rate() over an instant vector); `promtool check rules`
 * checks the rest.
 */
export function findPromqlSyntaxErrors(expr: string): readonly string[] {
  const errors: string[] = [];
  parser.parse(expr).iterate({
    enter: (node) => {
      if (node.type.isError) {
        errors.push(
          `at ${node.from}: ${JSON.stringify(expr.slice(Math.max(0, node.from - 10), node.to + 10))}`,
        );
      }
    },
  });
  return errors;
}
