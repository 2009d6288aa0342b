/**
 * One field of a `HELLO` reply: ioredis flattens the RESP3 map to `[key, value, …]` (RESP2 sends
 * that list too); an object (a `resp3` reply mapping) is read directly.
 */
export function helloField(reply: unknown, field: string): unknown {
  if (Array.isArray(reply)) {
    for (let index = 0; index + 1 < reply.length; index += 2) {
      if (String(reply[index]) === field) return reply[index + 1];
    }
    return undefined;
  }
  if (reply instanceof Map) return reply.get(field);
  if (typeof reply === 'object' && reply !== null) return (reply as Record<string, unknown>)[field];
  return undefined;
}
