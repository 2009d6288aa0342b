/**
 * Split `items` into runs of at most `maxBytes` (by `bytesOf`), in order; an item larger than
 * `maxBytes` goes alone. Keeps one script call's arguments within what a server accepts at ease.
 */
export function splitByBytes<T>(items: readonly T[], bytesOf: (item: T) => number, maxBytes: number): T[][] {
  const parts: T[][] = [];
  let part: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = bytesOf(item);
    if (part.length > 0 && bytes + size > maxBytes) {
      parts.push(part);
      part = [];
      bytes = 0;
    }
    part.push(item);
    bytes += size;
  }
  if (part.length > 0) parts.push(part);
  return parts;
}
