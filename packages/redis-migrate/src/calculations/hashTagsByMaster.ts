import calculateSlot from 'cluster-key-slot';
import type { SlotRange } from './clusterSlotRanges.js';

/**
 * For each master of `ranges`, a short hash tag (`{7}`'s `7`) whose slot that master serves, so that
 * a key `…{7}…` is routed to it. Tags are tried in order `0`, `1`, … up to `maxTries`; a master with
 * so few slots that none matched is left out.
 *
 * @param ranges - the cluster's slot ranges.
 * @param maxTries - how many tags to try (default 100 000: enough for a master serving one slot).
 * @returns the tag of each master, keyed by `host:port`.
 */
export function hashTagsByMaster(ranges: readonly SlotRange[], maxTries = 100_000): Map<string, string> {
  const owner = new Map<number, string>();
  for (const range of ranges)
    for (let slot = range.start; slot <= range.end; slot += 1) owner.set(slot, range.master);
  const wanted = new Set(ranges.map((range) => range.master));
  const tags = new Map<string, string>();
  for (let index = 0; index < maxTries && tags.size < wanted.size; index += 1) {
    const tag = index.toString(36);
    const master = owner.get(calculateSlot(tag));
    if (master !== undefined && !tags.has(master)) tags.set(master, tag);
  }
  return tags;
}
