import type { QueuedCommand, RedisArgument, RedisKey } from '../models/DriverTopology.js';

const same = (reply: unknown): unknown => reply;

/** A split command's groups as a batch: one command per group, routed by its first key. */
export function splitBatch(
  command: string,
  keys: readonly RedisKey[],
  groups: readonly (readonly number[])[],
  argsFor: (positions: readonly number[]) => RedisArgument[],
  buffer: boolean,
): QueuedCommand[] {
  return groups.map((positions): QueuedCommand => ({
    command,
    args: argsFor(positions),
    key: keys[positions[0] ?? 0],
    transform: same,
    ...(buffer ? { buffer: true as const } : {}),
  }));
}
