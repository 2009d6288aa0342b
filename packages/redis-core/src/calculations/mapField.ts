/**
 * A field of a map-shaped reply, whatever shape the client gave it: flat `[name, value, …]` pairs
 * (RESP2), a `Map` or a plain object (RESP3).
 * @returns the value, or `undefined` when the map has no such field.
 */
export function mapField(value: unknown, name: string): unknown {
  if (Array.isArray(value)) {
    for (let index = 0; index + 1 < value.length; index += 2)
      if (value[index] === name) return value[index + 1];
    return undefined;
  }
  if (value instanceof Map) return (value as Map<unknown, unknown>).get(name);
  if (typeof value === 'object' && value !== null) return (value as Record<string, unknown>)[name];
  return undefined;
}
