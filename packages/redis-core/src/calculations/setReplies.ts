/**
 * Reply shapes of the set commands. Redis 7 answers SMEMBERS, SINTER, SUNION, SDIFF and SPOP with a
 * count with a RESP3 set: a client mapping RESP3 types may hand it over as a `Set`, RESP2 as an
 * array. The members are documented as an array either way.
 */

/** A set or array reply of members → an array (`null`, SPOP of a missing key with a count, → `[]`). */
export function toMemberList(reply: unknown): string[] {
  if (Array.isArray(reply)) return reply as string[];
  if (reply instanceof Set) return [...(reply as Set<string>)];
  return [];
}

/** An integer `1`/`0` (RESP2) or a RESP3 boolean → `true`/`false` (SISMEMBER, SMOVE). */
export const toFlag = (reply: unknown): boolean => reply === 1 || reply === true;

/** One flag per member (SMISMEMBER), from either protocol's shape. */
export const toFlags = (reply: unknown): boolean[] => toMemberList(reply).map(toFlag);
