import type { CacheCore } from './CacheCore.js';

/** What a caller that did not get the lock ended with. */
export type HolderWait =
  | { readonly outcome: 'value'; readonly value: unknown }
  | { readonly outcome: 'acquired' }
  | { readonly outcome: 'timeout' };

/** One look while waiting: the fresh value, the lock taken, or still held by another (`undefined`). */
export type HolderAttempt = () => Promise<HolderWait | undefined>;

const FIRST_POLL_MS = 10;
const LAST_POLL_MS = 200;

/**
 * Waits for the instance holding a key's lock to store the value: woken by its bus message, else looking
 * in Redis at growing intervals (10 ms doubling to 200 ms); each look also takes the lock when it is free
 * again without a value (the holder failed, or its lease ran out). Bounded by `waitMs`; a Redis failure ends
 * the wait as a timeout (the caller then runs the factory itself).
 * @param attempt - one look, in one command (a claim of the cold key, or the lock-or-read script).
 */
export async function waitForHolder(
  core: CacheCore,
  dataKey: string,
  attempt: HolderAttempt,
): Promise<HolderWait> {
  const started = performance.now();
  const deadline = started + core.options.lock.waitMs;
  let pause = FIRST_POLL_MS;
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
      const outcome = await attempt();
      if (outcome !== undefined) return settle(outcome);
    }
  } catch {
    return settle({ outcome: 'timeout' });
  }
}
