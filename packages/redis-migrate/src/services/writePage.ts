import type { CopyContext } from '../models/CopyContext.js';
import type { CopyCounters } from '../models/CopyCounters.js';
import { callPageScript, replyList } from './callPageScript.js';
import { writeInScriptParts } from './writeInScriptParts.js';
import { writeKeys, type KeyPayload } from './writeKeys.js';

/**
 * RESTORE a page's keys on the target with one script call per target master (per 4 MB). A key
 * the script could not write for a reason worth retrying, and every key of a call that failed as
 * a whole (a failover, a moved slot, NOSCRIPT), goes through `writeKeys`, one command per key,
 * which retries and reports; so does a refused key (BUSYKEY, OOM), so that the messages and exit
 * codes are the same on both paths.
 *
 * @returns the counters of the written keys.
 * @throws MigrateError as `writeKeys`.
 */
export function writePage(context: CopyContext, entries: readonly KeyPayload[]): Promise<CopyCounters> {
  return writeInScriptParts(
    context,
    entries,
    (part, counters) => writeGroup(context, part, counters),
    (rest) => writeKeys(context, rest),
  );
}

/** One script call; returns the entries it did not write. */
async function writeGroup(
  context: CopyContext,
  part: readonly KeyPayload[],
  counters: CopyCounters,
): Promise<KeyPayload[]> {
  const first = (part[0] as KeyPayload).key;
  const args: (Buffer | string)[] = [context.replace ? '1' : '0', first];
  for (const entry of part)
    args.push(entry.key, entry.payload, entry.expiresAt === undefined ? '0' : String(entry.expiresAt));
  const reply = await callPageScript(
    (sha, keys, scriptArgs) => context.target.evalsha(sha, keys, scriptArgs),
    context.pageWrite,
    context.targetGroups,
    first,
    args,
  );
  // Stale slot table or lost script (both read again for the next page): these keys go one by one.
  if (reply === undefined) return [...part];
  const list = replyList(reply);
  const failed: KeyPayload[] = [];
  part.forEach((entry, index) => {
    if (list[index] === 1) {
      counters.copied += 1;
      counters.bytes += entry.payload.length;
    } else failed.push(entry);
  });
  return failed;
}
