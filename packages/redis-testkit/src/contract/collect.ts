/**
 * Reads an async iterable to the end.
 *
 * @param iterable - e.g. `service.scan(...)`.
 * @returns every item, in order, duplicates kept.
 */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}
