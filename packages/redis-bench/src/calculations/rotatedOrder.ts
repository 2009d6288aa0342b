/**
 * The order contenders run in during one round: every index once, starting at an offset that moves
 * by about `length / rounds` per round, so over the rounds each contender runs early and late, next
 * to different neighbours, and drifting load from other processes hits all of them alike.
 *
 * @param length - number of contenders.
 * @param round - 0-based round.
 * @param rounds - total rounds.
 */
export function rotatedOrder(length: number, round: number, rounds: number): number[] {
  if (length <= 0) return [];
  const offset = Math.floor((round * length) / Math.max(1, rounds)) % length;
  return Array.from({ length }, (_, step) => (offset + step) % length);
}
