import type { ScoredMember } from '@org/redis-interface';

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
