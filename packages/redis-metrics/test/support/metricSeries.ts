import type { LabelValues, Registry } from 'prom-client';

/** One series of a metric: its labels and value. */
export interface MetricSeries {
  readonly labels: LabelValues<string>;
  readonly value: number;
}

/**
 * Every series of metric `name` (not a histogram) in a stable order, so that a test can assert
 * the exact set a scrape would show, nothing more.
 */
export async function metricSeries(registry: Registry, name: string): Promise<readonly MetricSeries[]> {
  const metric = registry.getSingleMetric(name);
  if (metric === undefined) throw new Error(`${name} is not registered`);
  const { values } = await metric.get();
  return values
    .map(({ labels, value }) => ({ labels: { ...labels }, value }))
    .sort((a, b) => JSON.stringify(a.labels).localeCompare(JSON.stringify(b.labels)));
}
