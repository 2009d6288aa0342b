/**
 * The fields of a Redis reply that describes something (`XINFO STREAM`, an `XINFO GROUPS` item),
 * by name: a flat `[name, value, …]` array (RESP2), a `Map` or a plain object (RESP3). Names are
 * read as text; values stay as the reply has them (Buffers from the bytes view, numbers, `null`).
 */
export function replyRecord(reply: unknown): ReadonlyMap<string, unknown> {
  if (reply instanceof Map) {
    return new Map([...(reply as Map<unknown, unknown>)].map(([name, value]) => [String(name), value]));
  }
  if (Array.isArray(reply)) {
    const fields = new Map<string, unknown>();
    for (let index = 0; index + 1 < reply.length; index += 2) {
      fields.set(String(reply[index]), reply[index + 1]);
    }
    return fields;
  }
  if (typeof reply === 'object' && reply !== null && !Buffer.isBuffer(reply)) {
    return new Map(Object.entries(reply));
  }
  throw new TypeError(`Expected a record reply, got ${typeof reply}`);
}
