/**
 * A label value from a fixed set: `value` when it is one of `allowed`, else `other`.
 *
 * @param value - a field of an event (typed by the publisher, but not trusted).
 * @param allowed - every value the label may take.
 */
export function toBoundedLabel(value: unknown, allowed: ReadonlySet<string>): string {
  return typeof value === 'string' && allowed.has(value) ? value : 'other';
}
