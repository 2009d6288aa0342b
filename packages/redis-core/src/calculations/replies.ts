import type { ScoredMember, StreamEntry, StreamReadResult } from '@org/redis-interface';

/** A score as Redis writes it (`3.5`, `inf`, `-inf`) → number. */
export function toScore(text: string): number {
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

/** `[member, score, …]` → `{ member, score }[]`. */
export function toScoredMembers(reply: readonly string[]): ScoredMember[] {
  const members: ScoredMember[] = [];
  for (let index = 0; index + 1 < reply.length; index += 2) {
    members.push({ member: reply[index] ?? '', score: toScore(reply[index + 1] ?? '') });
  }
  return members;
}

type RawEntry = [id: string, fields: string[] | null];

/** XRANGE reply → entries (a deleted entry's null fields become `{}`). */
export function toStreamEntries(reply: readonly RawEntry[]): StreamEntry[] {
  return reply.map(([id, fields]) => ({ id, fields: pairsToRecord(fields ?? []) }));
}

/** XREAD / XREADGROUP reply (or null) → one result per stream, keys without the prefix. */
export function toStreamReadResults(
  reply: readonly [key: string, entries: RawEntry[]][] | null,
  keyPrefix: string,
): StreamReadResult[] {
  return (reply ?? []).map(([key, entries]) => ({
    key: key.startsWith(keyPrefix) ? key.slice(keyPrefix.length) : key,
    entries: toStreamEntries(entries),
  }));
}
