/** Number of hash slots in a Redis Cluster. */
export const CLUSTER_SLOTS = 16_384;

/**
 * Split the 16 384 slots into `masters` contiguous, near-equal ranges (inclusive bounds),
 * the same split `redis-cli --cluster create` makes.
 */
export function slotRanges(masters: number): readonly (readonly [number, number])[] {
  if (!Number.isInteger(masters) || masters < 1 || masters > CLUSTER_SLOTS) {
    throw new RangeError(`masters must be an integer from 1 to ${CLUSTER_SLOTS}, got ${masters}`);
  }
  const perMaster = CLUSTER_SLOTS / masters;
  const ranges: (readonly [number, number])[] = [];
  let first = 0;
  for (let index = 0; index < masters; index += 1) {
    const last = index === masters - 1 ? CLUSTER_SLOTS - 1 : Math.round((index + 1) * perMaster - 1);
    ranges.push([first, last]);
    first = last + 1;
  }
  return ranges;
}
