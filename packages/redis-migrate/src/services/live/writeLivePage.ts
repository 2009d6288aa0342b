import type { CopyContext } from '../../models/CopyContext.js';
import type { CopyCounters } from '../../models/CopyCounters.js';
import { callPageScript, replyList } from '../callPageScript.js';
import { writeInScriptParts } from '../writeInScriptParts.js';
import { writeKeys, type KeyPayload, type RestoredKey } from '../writeKeys.js';

/**
 * `copy --live`'s `writePage`: RESTORE without REPLACE, one `liveWritePageScript` call per target
 * master, each restored key's fingerprint pushed to `restored` (for `undoResurrections`). A key the
 * application wrote first is `skippedNewer`. Keys of a failed call, and keys refused for another
 * reason, go through `writeKeys` one by one (no REPLACE either, `onExisting` is `skip`); their
 * fingerprint is that of the source payload, which fails safe: at worst a resurrected key is left
 * for `verify --repair` rather than deleted.
 *
 * @throws MigrateError as `writeKeys`.
 */
export function writeLivePage(
  context: CopyContext,
  entries: readonly KeyPayload[],
  restored: RestoredKey[],
): Promise<CopyCounters> {
  return writeInScriptParts(
    context,
    entries,
    (part, counters) => writeGroup(context, part, counters, restored),
    (rest) => writeKeys(context, rest, restored),
  );
}

async function writeGroup(
  context: CopyContext,
  part: readonly KeyPayload[],
  counters: CopyCounters,
  restored: RestoredKey[],
): Promise<KeyPayload[]> {
  const script = context.liveWrite;
  const first = (part[0] as KeyPayload).key;
  if (script === undefined) return [...part];
  const args: (Buffer | string)[] = [first];
  for (const entry of part)
    args.push(entry.key, entry.payload, entry.expiresAt === undefined ? '0' : String(entry.expiresAt));
  const reply = await callPageScript(
    (sha, keys, scriptArgs) => context.target.evalsha(sha, keys, scriptArgs),
    script,
    context.targetGroups,
    first,
    args,
  );
  if (reply === undefined) return [...part];
  const list = replyList(reply);
  const failed: KeyPayload[] = [];
  part.forEach((entry, index) => {
    const result = list[index];
    const [status, fingerprint] = Array.isArray(result) ? (result as unknown[]) : [];
    if (status === 1 && typeof fingerprint === 'string') {
      counters.copied += 1;
      counters.bytes += entry.payload.length;
      restored.push({ key: entry.key, fingerprint });
    } else if (status === 0) counters.skippedNewer += 1;
    else if (status === 2) counters.expired += 1;
    else failed.push(entry);
  });
  return failed;
}
