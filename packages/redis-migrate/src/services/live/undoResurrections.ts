import type { CopyContext } from '../../models/CopyContext.js';
import type { CopyCounters } from '../../models/CopyCounters.js';
import type { RestoredKey } from '../writeKeys.js';
import { compareAndDelete } from './compareAndDelete.js';

/**
 * After a live page is restored: the keys the application deleted from the source while the copy
 * held their DUMP have just been created again on the target (the application's DEL reached the
 * target before the RESTORE did). Look every restored key up on the source; delete each one gone
 * from there with a compare-and-delete, so that a value the application wrote since the RESTORE is
 * kept. Counted as `deletedMeanwhile` instead of `copied`.
 *
 * @throws MigrateError `VERIFY_FAILED` when the source cannot be asked; RedisError from the target.
 */
export async function undoResurrections(
  context: CopyContext,
  restored: readonly RestoredKey[],
  counters: CopyCounters,
): Promise<void> {
  const presence = context.sourcePresence;
  if (presence === undefined || restored.length === 0) return;
  await context.throttle(restored.length);
  const present = await presence.exists(restored.map((entry) => entry.key));
  for (const [index, entry] of restored.entries()) {
    if (present[index] === true) continue;
    if (await compareAndDelete(context.target, entry.key, entry.fingerprint)) {
      counters.copied -= 1;
      counters.deletedMeanwhile += 1;
    }
  }
}
