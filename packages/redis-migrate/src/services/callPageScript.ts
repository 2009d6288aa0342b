import type { RedisValue } from '@org/redis-interface';
import type { LoadedScript } from './LoadedScript.js';
import type { NodeGroups } from './NodeGroups.js';

/** EVALSHA on the service's plain or bytes side (page scripts return Buffers or numbers). */
export type EvalSha = (sha: string, keys: readonly Buffer[], args: readonly RedisValue[]) => Promise<unknown>;

/**
 * Call a page script for a group of keys of one node, routed by the group's first key.
 *
 * @returns the reply (`null` for nil), or `undefined` when the call failed as a whole (a failover,
 *   a moved slot, NOSCRIPT): the slot table is forgotten and the script loaded again for the next
 *   call, and the caller handles these keys one command each.
 */
export async function callPageScript(
  evalsha: EvalSha,
  script: LoadedScript,
  groups: NodeGroups,
  first: Buffer,
  args: readonly RedisValue[],
): Promise<unknown> {
  try {
    return (await evalsha(await script.sha(), [first], args)) ?? null;
  } catch {
    groups.refresh();
    await script.reload().catch(() => undefined);
    return undefined;
  }
}

/** A page script's reply as a list: empty when it is none (the caller treats every key as unread). */
export function replyList(reply: unknown): unknown[] {
  return Array.isArray(reply) ? (reply as unknown[]) : [];
}
