import type { LabelValues, Registry } from 'prom-client';

interface Sample {
  readonly value: number;
  readonly labels: LabelValues<string>;
  /** Set on histogram samples (`…_bucket`, `…_sum`, `…_count`). */
  readonly metricName?: string;
}

/**
 * Sum of the samples of metric `name` whose labels include `labels` (0 when there is none).
 * For a histogram, `sample` picks `count`, `sum` or `bucket` (then filter on `le`).
 */
export async function metricValue(
  registry: Registry,
  name: string,
  labels: Readonly<Record<string, string>> = {},
  sample?: 'count' | 'sum' | 'bucket',
): Promise<number> {
  const metric = registry.getSingleMetric(name);
  if (metric === undefined) throw new Error(`${name} is not registered`);
  const wanted = sample === undefined ? name : `${name}_${sample}`;
  const { values } = (await metric.get()) as { values: Sample[] };
  return values
    .filter((value) => (value.metricName ?? name) === wanted)
    .filter((value) =>
      Object.entries(labels).every(([label, expected]) => String(value.labels[label]) === expected),
    )
    .reduce((sum, value) => sum + value.value, 0);
}
