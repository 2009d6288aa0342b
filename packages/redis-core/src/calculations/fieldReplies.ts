/**
 * Replies made of field/value (or member/score) pairs, in every shape ioredis 6 may give them: a flat
 * `[f1, v1, f2, v2]` array (RESP2, and RESP3 with the legacy mapping), an array of `[f, v]` pairs
 * (RESP3 HRANDFIELD WITHVALUES), a Map (a RESP3 map) or the object ioredis' HGETALL transformer made.
 */

/** A field name or member from a reply: text (a Buffer as UTF-8, as ioredis' own HGETALL does). */
const text = (value: unknown): string => (Buffer.isBuffer(value) ? value.toString() : String(value));

/**
 * Any pair-shaped reply → `[name, value]` pairs, in reply order (`null`: none). `name` reads each
 * name: text by default; HRANDFIELD passes one that keeps Buffers for the bytes view.
 */
export function toFieldPairs<V>(reply: unknown, name: (value: unknown) => string = text): [string, V][] {
  if (reply === null || reply === undefined) return [];
  if (reply instanceof Map)
    return [...(reply as Map<unknown, V>)].map(([key, value]): [string, V] => [name(key), value]);
  if (!Array.isArray(reply)) return Object.entries(reply as Record<string, V>);
  const items = reply as readonly unknown[];
  const pairs: [string, V][] = [];
  if (items.length > 0 && Array.isArray(items[0])) {
    for (const pair of items as readonly (readonly unknown[])[]) pairs.push([name(pair[0]), pair[1] as V]);
    return pairs;
  }
  for (let index = 0; index + 1 < items.length; index += 2)
    pairs.push([name(items[index]), items[index + 1] as V]);
  return pairs;
}

/**
 * Any pair-shaped reply → a plain record. A field named like an `Object.prototype` member
 * (`__proto__`) becomes an own property, never the record's prototype.
 */
export function toFieldRecord<V>(reply: unknown): Record<string, V> {
  const record: Record<string, V> = {};
  for (const [name, value] of toFieldPairs<V>(reply)) {
    if (name in record)
      Object.defineProperty(record, name, { value, configurable: true, enumerable: true, writable: true });
    else record[name] = value;
  }
  return record;
}
