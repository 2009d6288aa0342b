import { stripKeyPrefix } from './stripKeyPrefix.js';
import type { ScoredMember, ZMPopResult, ZPopResult } from '@org/redis-interface';
import { toMember, toScore } from './replies.js';

/**
 * Sorted-set replies in both protocols: RESP2 sends scores as text and WITHSCORES replies flat
 * (`[m1, s1, m2, s2]`); RESP3 sends doubles and pairs (`[[m1, s1], [m2, s2]]`). ioredis may give
 * either, so every transform here reads both.
 */

/** A score, or `null` for a non-member (ZSCORE, ZMSCORE's items). */
export const toScoreOrNull = (reply: unknown): number | null => (reply === null ? null : toScore(reply));

/** `[member, score, …]` or `[[member, score], …]` (or `null`: a missing key) → `{ member, score }[]`. */
export function toScoredMembers(reply: unknown): ScoredMember[] {
  if (!Array.isArray(reply)) return [];
  const list = reply as readonly unknown[];
  const members: ScoredMember[] = [];
  if (Array.isArray(list[0])) {
    for (const pair of list as readonly (readonly unknown[])[])
      members.push({ member: toMember(pair[0]), score: toScore(pair[1]) });
    return members;
  }
  for (let index = 0; index + 1 < list.length; index += 2)
    members.push({ member: toMember(list[index]), score: toScore(list[index + 1]) });
  return members;
}

/** ZMPOP/BZMPOP: `[key, members]` (members flat or paired) or `null` → the result, key unprefixed. */
export function toZMPopResult(reply: unknown, keyPrefix: string): ZMPopResult | null {
  if (!Array.isArray(reply)) return null;
  const [key, members] = reply as readonly unknown[];
  return { key: stripKeyPrefix(key, keyPrefix), members: toScoredMembers(members) };
}

/** BZPOPMIN/BZPOPMAX: `[key, member, score]` or `null` (timeout) → the result, key unprefixed. */
export function toZPopResult(reply: unknown, keyPrefix: string): ZPopResult | null {
  if (!Array.isArray(reply)) return null;
  const [key, member, score] = reply as readonly unknown[];
  return { key: stripKeyPrefix(key, keyPrefix), member: toMember(member), score: toScore(score) };
}
