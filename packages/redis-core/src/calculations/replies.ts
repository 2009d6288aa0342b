/**
 * A member or element from a reply: a Buffer as it came (the bytes view asked for Buffers), anything
 * else as text (a RESP3 number, or a string already). Typed as the text member's result: the bytes
 * view's own types (`RedisBytes`) say Buffer there.
 */
export const toMember = (reply: unknown): string =>
  Buffer.isBuffer(reply) ? (reply as unknown as string) : String(reply);

/** An ID or a name from a reply: always text (a Buffer as UTF-8), in the bytes view too. */
export const toText = (reply: unknown): string => (Buffer.isBuffer(reply) ? reply.toString() : String(reply));

/**
 * A list of IDs or names from a reply, as text: the list itself unless its items are Buffers (the
 * bytes view; one reply's bulk strings are all Buffers or all text), so the text path copies nothing.
 */
export const toTextList = (reply: readonly unknown[]): string[] =>
  reply.length > 0 && Buffer.isBuffer(reply[0]) ? reply.map(toText) : (reply as string[]);

/**
 * A score as Redis sends it → number: text in RESP2 (`3.5`, `inf`, `-inf`), a double in RESP3
 * (already a number).
 */
export function toScore(reply: unknown): number {
  if (typeof reply === 'number') return reply;
  const text = String(reply);
  if (text === 'inf' || text === '+inf') return Number.POSITIVE_INFINITY;
  if (text === '-inf') return Number.NEGATIVE_INFINITY;
  return Number(text);
}

/**
 * `[k1, v1, k2, v2]` → `{ k1: v1, k2: v2 }`. ioredis already turns HGETALL replies into an
 * object (by command name, even through `call`); other map-shaped replies come as pairs.
 */
export function pairsToRecord<V>(pairs: readonly V[] | Readonly<Record<string, V>>): Record<string, V> {
  if (!Array.isArray(pairs)) return { ...(pairs as Readonly<Record<string, V>>) };
  const record: Record<string, V> = {};
  for (let index = 0; index + 1 < pairs.length; index += 2) {
    record[String((pairs as readonly V[])[index])] = (pairs as readonly V[])[index + 1] as V;
  }
  return record;
}
