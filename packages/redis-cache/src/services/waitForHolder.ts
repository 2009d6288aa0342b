import { isFresh } from '../calculations/entryText.js';
import type { CacheCore } from './CacheCore.js';
import type { HeldLock } from './L2Store.js';
import { decodeRead } from './readEntry.js';

/** What a caller that did not get the lock ended with. */
export type HolderWait =
  | { readonly outcome: 'value'; readonly value: unknown }
  | { readonly outcome: 'acquired' }
  | { readonly outcome: 'timeout' };

const FIRST_POLL_MS = 10;
const LAST_POLL_MS = 200;

/**
 * Waits for the instance holding a key's lock to store the value: woken by its bus message, else looking
 * in Redis at growing intervals (10 ms doubling to 200 ms), each look one script that also takes the lock
 * when it is free again without a value (the holder failed, or its lease ran out). Bounded by `waitMs`; a Redis failure ends the
 * wait as a timeout (the caller then runs the factory itself).
 */
export async function waitForHolder(
  core: CacheCore,
  dataKey: string,
  lock: HeldLock,
  leaseMs: number,
): Promise<HolderWait> {
  const started = performance.now();
  const deadline = started + core.options.lock.waitMs;
  let pause = FIRST_POLL_MS;
  const policy = { throwOnL2Error: false, operation: 'getOrSet', undecodableIsMiss: true };
  const settle = (wait: HolderWait): HolderWait => {
    core.events.publish({
      event: 'lock-wait',
      outcome: wait.outcome,
      durationMs: performance.now() - started,
    });
    return wait;
  };
  try {
    for (;;) {
      const left = deadline - performance.now();
      if (left <= 0) return settle({ outcome: 'timeout' });
      await core.waiters.wait(dataKey, Math.min(pause, left));
      pause = Math.min(pause * 2, LAST_POLL_MS);
      const readAt = core.l1.mark();
      const attempt = await core.l2.lockOrRead(dataKey, lock, leaseMs, Date.now());
      if (attempt.outcome === 'locked') return settle({ outcome: 'acquired' });
      const found =
        attempt.text === null ? undefined : decodeRead(core, dataKey, attempt.text, policy, readAt);
      if (attempt.outcome === 'fresh' && found !== undefined && isFresh(found.entry, Date.now()))
        return settle({ outcome: 'value', value: found.entry.value });
    }
  } catch {
    return settle({ outcome: 'timeout' });
  }
}
