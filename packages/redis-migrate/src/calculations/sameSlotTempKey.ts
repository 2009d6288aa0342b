import calculateSlot from 'cluster-key-slot';

/** The marker every temporary key carries, so that a leftover one can be found (`*redis-migrate-tmp*`). */
export const tempKeyMarker = 'redis-migrate-tmp';

/** Tags tried before giving up: a tag for any slot is found within a few hundred thousand. */
const maxTagTries = 2_000_000;

/** Redis Cluster's slot count. */
const slotCount = 16_384;

/** The shortest base-36 tag of each slot, built on first use (about 200,000 CRC16s, a few ms). */
let tagsBySlot: readonly string[] | undefined;

/**
 * A temporary name for `key` that lands in the same hash slot as `key` once the target's
 * `keyPrefix` is put in front of both, so that the temporary key can be built on the node that
 * serves `key` and `RENAME`d onto it. Pure; the prefix is taken into account because the slot is
 * computed by Redis from the full key.
 *
 * @remarks
 * When the prefixed key has a hash tag (`{…}`: the first `{`, the first `}` after it, something in
 * between), appending `:redis-migrate-tmp:<random>` keeps that tag and so the slot. Otherwise the
 * temporary key gets a short tag of its own, `{t}redis-migrate-tmp:<random>`, with `t` the shortest
 * tag of the key's slot (a table built once). Either way the result is checked by computing both slots.
 *
 * @param key - the key, without the prefix.
 * @param keyPrefix - the target's `keyPrefix` (empty for none).
 * @param random - a random suffix, so that two copies never share a temporary key.
 * @returns the temporary key, without the prefix.
 * @throws Error when no tag is found (never seen: it would take a broken CRC16).
 */
export function sameSlotTempKey(key: Buffer, keyPrefix: Buffer, random: string): Buffer {
  const slotOf = (name: Buffer): number => calculateSlot(Buffer.concat([keyPrefix, name]));
  const slot = slotOf(key);
  const suffixed = Buffer.concat([key, Buffer.from(`:${tempKeyMarker}:${random}`)]);
  if (slotOf(suffixed) === slot) return suffixed;
  tagsBySlot ??= shortestTags();
  const tagged = Buffer.from(`{${tagsBySlot[slot] ?? ''}}${tempKeyMarker}:${random}`);
  if (slotOf(tagged) === slot) return tagged;
  // Only a prefix with a `{` of its own gets here: its tag decides, so search with it in front.
  for (let tag = 0; tag < maxTagTries; tag += 1) {
    const candidate = Buffer.from(`{${tag.toString(36)}}${tempKeyMarker}:${random}`);
    if (slotOf(candidate) === slot) return candidate;
  }
  throw new Error(`No hash tag found for slot ${slot} after ${maxTagTries} tries`);
}

function shortestTags(): string[] {
  const tags: string[] = [];
  let found = 0;
  for (let tag = 0; found < slotCount && tag < maxTagTries; tag += 1) {
    const text = tag.toString(36);
    const slot = calculateSlot(text);
    if (tags[slot] === undefined) {
      tags[slot] = text;
      found += 1;
    }
  }
  return tags;
}
