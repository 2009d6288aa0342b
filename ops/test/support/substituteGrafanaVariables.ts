/** What a Grafana interval variable becomes: a duration that is valid inside `[…]`. */
export const intervalPlaceholder = '5m';

/** What any other Grafana variable becomes: valid as a label value, a label name or a metric name. */
export const variablePlaceholder = 'placeholder';

const intervalVariable =
  /\$__(?:rate_interval|interval|range)(?:_ms|_s)?\b|\$\{__(?:rate_interval|interval|range)(?:_ms|_s)?\}/g;
// `$name`, `${name}`, `${name:format}` and the deprecated `[[name]]`.
const otherVariable = /\$\{[A-Za-z_]\w*(?::[^}]*)?\}|\$[A-Za-z_]\w*|\[\[[A-Za-z_]\w*(?::[^\]]*)?\]\]/g;

/**
 * A Grafana panel expression turned into plain PromQL, so that a PromQL parser can check it:
 * interval variables (`$__rate_interval`, `${__interval}`, …) become `5m`, every other variable
 * (`$client`, `${mode}`, `${mode:regex}`, `[[client]]`) becomes `placeholder`.
 */
export function substituteGrafanaVariables(expr: string): string {
  return expr.replace(intervalVariable, intervalPlaceholder).replace(otherVariable, variablePlaceholder);
}
