import { RedisError, type RedisErrorDetails, type RedisSplitFailure } from '@org/redis-interface';
import type { GroupReply } from '../models/CommandDefinition.js';
import type { DriverTopology, RedisKey } from '../models/DriverTopology.js';
import { keySlot } from './keySlot.js';
import { mapRedisError } from './mapRedisError.js';

/** One group's reply of a split command, with the positions of its keys in the caller's list. */
export type SplitReply = GroupReply;

/** Where the groups of a split command went (to name what failed): the topology. */
export type SplitRouting = Pick<DriverTopology, 'config' | 'nodeFor'>;

/**
 * The replies of a split command's groups (`settled[i]` is group `i`'s outcome), each with its key
 * positions.
 * @throws {@link RedisError} with the first failed group's code when any group failed, its
 * `details.split` naming the failed keys, slots and nodes ({@link RedisSplitFailure}).
 */
export function splitReplies(
  command: string,
  keys: readonly RedisKey[],
  groups: readonly (readonly number[])[],
  settled: readonly (PromiseSettledResult<unknown> | undefined)[],
  routing: SplitRouting,
): SplitReply[] {
  const replies: SplitReply[] = [];
  const failed: number[] = [];
  groups.forEach((positions, index) => {
    const outcome = settled[index];
    if (outcome?.status === 'fulfilled') replies.push({ positions, reply: outcome.value });
    else failed.push(index);
  });
  if (failed.length === 0) return replies;
  throw splitFailure(command, keys, groups, settled, failed, replies, routing);
}

/** A key as the error details and message show it (Buffer keys as UTF-8 text). */
function keyText(key: RedisKey | undefined): string {
  return key === undefined ? '' : key.toString();
}

function splitFailure(
  command: string,
  keys: readonly RedisKey[],
  groups: readonly (readonly number[])[],
  settled: readonly (PromiseSettledResult<unknown> | undefined)[],
  failed: readonly number[],
  answered: readonly SplitReply[],
  routing: SplitRouting,
): RedisError {
  const verb = command.toUpperCase();
  const first = settled[failed[0] ?? 0];
  const cause = mapRedisError(
    first?.status === 'rejected' ? first.reason : new Error(`${verb} got no reply`),
    command,
  );
  // Slots and nodes from the keys as sent (a Buffer key hashes on its bytes); text for the report.
  const firstKeys = failed.map((index) => keys[groups[index]?.[0] ?? 0] ?? '');
  const failedNodes = [...new Set(firstKeys.flatMap((key) => routing.nodeFor(key) ?? []))];
  const counts = answered.every((group) => typeof group.reply === 'number');
  const split: RedisSplitFailure = {
    command: verb,
    groups: groups.length,
    failedGroups: failed.length,
    failedKeys: failed.flatMap((index) => (groups[index] ?? []).map((position) => keyText(keys[position]))),
    failedSlots: firstKeys.map((key) => keySlot(key, routing.config.keyPrefix)),
    failedNodes,
    ...(counts ? { answeredCount: answered.reduce((sum, group) => sum + (group.reply as number), 0) } : {}),
  };
  return new RedisError(
    cause.code,
    `${verb} over ${keys.length} keys: ${failed.length} of ${groups.length} slot groups failed ` +
      `(node ${failedNodes.join(', ') || 'unknown'}, e.g. key ${keyText(firstKeys[0])}); the other groups ran ` +
      `and nothing is rolled back (see details.split). ${cause.message}`,
    { cause, details: { ...cause.details, split } as RedisErrorDetails },
  );
}
